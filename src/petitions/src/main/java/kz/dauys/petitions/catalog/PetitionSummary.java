package kz.dauys.petitions.catalog;

import kz.dauys.contract.LocalizedText;
import kz.dauys.petitions.petition.PetitionState;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A petition in a list or an export: public facts only. */
public record PetitionSummary(UUID id, long number, PetitionState state, LocalizedText title, String topic,
                              String addresseeLevel, String addresseeBody, String addresseeCode, String addresseeTerritory,
                              long signatures, long threshold, Instant openedAt, LocalDate collectionEndsOn,
                              Instant thresholdReachedAt, LocalDate answerDueOn, boolean answerOverdue, Instant answeredAt,
                              Instant closedAt) {
}
