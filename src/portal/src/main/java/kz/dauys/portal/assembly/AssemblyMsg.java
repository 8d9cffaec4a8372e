package kz.dauys.portal.assembly;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import kz.dauys.portal.i18n.Msg;

/**
 * Texts of the assembly pages (bodies, sessions, proposals, the secretary's pages). English is the default here; Kazakh and Russian are in
 * {@code messages/assembly_kk.properties} and {@code messages/assembly_ru.properties} (a test proves them complete).
 * A bundle of its own: one bundle with every text of the portal grows past what Qute's generated resolver handles.
 */
@MessageBundle(value = "assembly", locale = Msg.DEFAULT_LANGUAGE)
public interface AssemblyMsg {

    @Message("Local assemblies")
    String assembly_title();

    @Message("Maslikhats and local community gatherings: their sessions, agendas and decisions, and residents' proposals for the agenda.")
    String assembly_intro();

    @Message("{count} seats")
    String assembly_seats(String count);

    @Message("You follow it")
    String assembly_following();

    @Message("No bodies yet.")
    String assembly_no_bodies();

    @Message("Maslikhat")
    String assembly_kind_maslikhat();

    @Message("Local community gathering")
    String assembly_kind_community_gathering();

    @Message("Body")
    String assembly_kind_unknown();

    @Message("All assemblies")
    String assembly_back();

    @Message("Follow")
    String assembly_follow();

    @Message("Stop following")
    String assembly_unfollow();

    @Message("Plan a session")
    String assembly_plan_session();

    @Message("Sessions")
    String assembly_sessions();

    @Message("Date")
    String assembly_col_date();

    @Message("Session")
    String assembly_col_session();

    @Message("Status")
    String assembly_col_status();

    @Message("Manage")
    String assembly_manage();

    @Message("Planned")
    String assembly_session_planned();

    @Message("Agenda published")
    String assembly_session_agenda_published();

    @Message("In session")
    String assembly_session_in_session();

    @Message("Closed")
    String assembly_session_closed();

    @Message("Minutes published")
    String assembly_session_minutes_published();

    @Message("Other")
    String assembly_session_unknown();

    @Message("No sessions yet.")
    String assembly_no_sessions();

    @Message("Residents' proposals")
    String assembly_proposals();

    @Message("Residents may propose an item for the agenda; with enough co-sponsors the secretary must decide on it.")
    String assembly_proposals_lead();

    @Message("Propose an agenda item")
    String assembly_propose();

    @Message("In moderation")
    String assembly_proposal_in_moderation();

    @Message("Changes requested")
    String assembly_proposal_changes_requested();

    @Message("Rejected by moderation")
    String assembly_proposal_rejected();

    @Message("Collecting co-sponsors")
    String assembly_proposal_collecting();

    @Message("Awaiting the secretary's decision")
    String assembly_proposal_awaiting_decision();

    @Message("Put on the agenda")
    String assembly_proposal_accepted();

    @Message("Declined")
    String assembly_proposal_declined();

    @Message("Hidden")
    String assembly_proposal_hidden();

    @Message("Other")
    String assembly_proposal_unknown();

    @Message("{count} of {threshold} co-sponsors")
    String assembly_cosponsors_of(String count, String threshold);

    @Message("No proposals yet.")
    String assembly_no_proposals();

    @Message("{minutes} min")
    String assembly_minutes_long(String minutes);

    @Message("Adopted")
    String assembly_result_adopted();

    @Message("Rejected")
    String assembly_result_rejected();

    @Message("Postponed")
    String assembly_result_postponed();

    @Message("Other")
    String assembly_result_unknown();

    @Message("for {yes}, against {no}, abstained {abstain}")
    String assembly_votes(String yes, String no, String abstain);

    @Message("Votes by name")
    String assembly_votes_by_name();

    @Message("for")
    String assembly_choice_for();

    @Message("against")
    String assembly_choice_against();

    @Message("abstained")
    String assembly_choice_abstain();

    @Message("other")
    String assembly_choice_unknown();

    @Message("Place")
    String assembly_place();

    @Message("Online broadcast")
    String assembly_online();

    @Message("Quorum")
    String assembly_quorum();

    @Message("{present} present; {required} of {seats} needed")
    String assembly_quorum_text(String present, String required, String seats);

    @Message("quorum present")
    String assembly_quorum_met();

    @Message("no quorum")
    String assembly_quorum_not_met();

    @Message("Minutes")
    String assembly_minutes();

    @Message("Agenda")
    String assembly_agenda();

    @Message("The agenda is empty.")
    String assembly_agenda_empty();

    @Message("Decisions")
    String assembly_session_decisions();

    @Message("Item")
    String assembly_item();

    @Message("Result")
    String assembly_result();

    @Message("For")
    String assembly_vote_for();

    @Message("Against")
    String assembly_vote_against();

    @Message("Abstained")
    String assembly_vote_abstain();

    @Message("You can propose to a body of the territory where you live, if you are 18 or over.")
    String assembly_rule_resident();

    @Message("Moderators check the proposal first; then residents can co-sponsor it.")
    String assembly_rule_moderation();

    @Message("With enough co-sponsors the secretary must put it on the agenda of a session or decline it with written reasons.")
    String assembly_rule_cosponsors();

    @Message("Title")
    String assembly_field_title();

    @Message("Description")
    String assembly_field_description();

    @Message("What should the body discuss and decide, and why.")
    String assembly_field_description_hint();

    @Message("Send for moderation")
    String assembly_propose_submit();

    @Message("The secretary must decide by {date}.")
    String assembly_decision_due(String date);

    @Message("Declined because:")
    String assembly_declined_because();

    @Message("Moderation:")
    String assembly_moderation_said();

    @Message("Co-sponsor this proposal")
    String assembly_cosponsor();

    @Message("You co-sponsor this proposal.")
    String assembly_cosponsored();

    @Message("Co-sponsors")
    String assembly_cosponsors();

    @Message("No co-sponsors yet.")
    String assembly_no_cosponsors();

    @Message("The agenda must be published before the notice period before the session begins; the last day to publish is shown once the session is planned.")
    String assembly_notice_rule();

    @Message("Session title")
    String assembly_field_session_title();

    @Message("Start time")
    String assembly_field_start();

    @Message("Planned length in minutes")
    String assembly_field_planned_minutes();

    @Message("Public page")
    String assembly_public_page();

    @Message("Publish the agenda by")
    String assembly_agenda_due_by();

    @Message("Remove")
    String assembly_remove();

    @Message("Add an item")
    String assembly_add_item();

    @Message("Place")
    String assembly_field_parent();

    @Message("A new item of the agenda")
    String assembly_top_level();

    @Message("Duration in minutes")
    String assembly_field_duration();

    @Message("Presenter")
    String assembly_field_presenter();

    @Message("Next step")
    String assembly_next_step();

    @Message("Publish the agenda")
    String assembly_move_agenda_published();

    @Message("Open the session")
    String assembly_move_in_session();

    @Message("Close the session")
    String assembly_move_closed();

    @Message("Publish the minutes")
    String assembly_move_minutes_published();

    @Message("Next step")
    String assembly_move_unknown();

    @Message("Attendance")
    String assembly_attendance();

    @Message("Members present")
    String assembly_present_count();

    @Message("Save")
    String assembly_save();

    @Message("Text of the decision")
    String assembly_decision_text();

    @Message("Record the decision")
    String assembly_record_decision();

    @Message("The agenda cannot be published now: the notice period before this session has already begun. Plan the session for a later date.")
    String assembly_error_notice_period();

    @Message("Add at least one item before publishing the agenda.")
    String assembly_error_agenda_empty();

    @Message("The items do not fit: their minutes exceed the session's (or the parent item's) planned length.")
    String assembly_error_too_long();

    @Message("Without a quorum only \"postponed\" can be recorded.")
    String assembly_error_quorum();

    @Message("More votes than members present.")
    String assembly_error_votes();

    @Message("The minutes need the attendance and a result on every item.")
    String assembly_error_minutes();

    @Message("This step is not possible in the session's current status.")
    String assembly_error_wrong_step();

    @Message("Enter a valid date, start time and length.")
    String assembly_error_date_time();

    @Message("Enter the duration in whole minutes.")
    String assembly_error_duration();

    @Message("Enter whole numbers.")
    String assembly_error_number();

    @Message("Fill in the required fields.")
    String assembly_error_required();

    @Message("The service did not accept the form; check the fields.")
    String assembly_error_rejected();

    @Message("You may not do this here.")
    String assembly_error_forbidden();

    @Message("This was already done, or the session changed meanwhile.")
    String assembly_error_conflict();

    @Message("Too many attempts; try again in a minute.")
    String assembly_error_rate_limited();

    @Message("The service said")
    String assembly_service_said();

    @Message("Up")
    String assembly_move_up();

    @Message("Down")
    String assembly_move_down();

    @Message("Change")
    String assembly_edit_item();

    @Message("You change the text in the page's language; the other languages stay as they are.")
    String assembly_edit_language_hint();

    @Message("Residents' proposals awaiting your answer")
    String assembly_open_proposals();

    @Message("Accepting puts the proposal on this session's agenda (it must still be planned and have time left). Declining needs a written reason; the proposer and the public see it.")
    String assembly_open_proposals_hint();

    @Message("Accept into this session")
    String assembly_accept_proposal();

    @Message("Reason for declining")
    String assembly_decline_reason();

    @Message("At least 20 characters.")
    String assembly_decline_hint();

    @Message("Decline")
    String assembly_decline_proposal();

    @Message("Member")
    String assembly_member();

    @Message("Vote")
    String assembly_vote();

    @Message("Not recorded")
    String assembly_vote_none();

    @Message("When you record votes by name, the totals are counted from them and the numbers above are ignored.")
    String assembly_votes_by_name_hint();

    @Message("This item cannot move further that way.")
    String assembly_error_move();

    @Message("Write a reason of at least 20 characters; the proposer and the public will read it.")
    String assembly_error_decline_reason();
}
