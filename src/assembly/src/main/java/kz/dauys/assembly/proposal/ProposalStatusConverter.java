package kz.dauys.assembly.proposal;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a proposal status by its lowercase code. */
@Converter(autoApply = true)
public class ProposalStatusConverter implements AttributeConverter<ProposalStatus, String> {

    @Override
    public String convertToDatabaseColumn(ProposalStatus status) {
        return status == null ? null : status.code();
    }

    @Override
    public ProposalStatus convertToEntityAttribute(String code) {
        return code == null ? null : ProposalStatus.fromCode(code);
    }
}
