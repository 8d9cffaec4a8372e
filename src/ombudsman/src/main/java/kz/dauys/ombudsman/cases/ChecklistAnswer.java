package kz.dauys.ombudsman.cases;

/** A recorded answer to one admissibility question, with the staff member's note. */
public record ChecklistAnswer(boolean answer, String note) {
}
