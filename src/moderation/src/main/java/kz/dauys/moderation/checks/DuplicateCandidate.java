package kz.dauys.moderation.checks;

/** A published item that resembles the one under moderation; {@code score} is the similarity, 0..1. */
public record DuplicateCandidate(String itemId, String title, String link, double score) {
}
