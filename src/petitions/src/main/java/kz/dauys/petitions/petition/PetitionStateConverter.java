package kz.dauys.petitions.petition;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores states as their lowercase codes, the form used in the API, events and SQL. */
@Converter(autoApply = true)
public class PetitionStateConverter implements AttributeConverter<PetitionState, String> {

    @Override
    public String convertToDatabaseColumn(PetitionState state) {
        return state == null ? null : state.code();
    }

    @Override
    public PetitionState convertToEntityAttribute(String code) {
        return code == null ? null : PetitionState.fromCode(code);
    }
}
