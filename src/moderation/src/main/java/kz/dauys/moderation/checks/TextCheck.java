package kz.dauys.moderation.checks;

import java.util.List;

/** An automatic check over one field of text. Checks only advise; a moderator decides. */
public interface TextCheck {

    List<Finding> check(CheckedField field);
}
