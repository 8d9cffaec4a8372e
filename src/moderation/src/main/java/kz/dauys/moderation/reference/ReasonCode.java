package kz.dauys.moderation.reference;

import kz.dauys.contract.LocalizedText;

/** A reason a decision can give: its code, a label and the ground stated to the author (kk/ru/en). */
public record ReasonCode(String code, LocalizedText label, LocalizedText ground) {
}
