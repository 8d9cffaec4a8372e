package kz.dauys.portal.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the portal. English is the default here; Kazakh and Russian are in
 * {@code messages/msg_kk.properties} and {@code messages/msg_ru.properties} (a test proves that no key is
 * missing in any language and that templates use only keys that exist). Templates use {@code {msg:key}}.
 */
@MessageBundle(value = "msg", locale = Msg.DEFAULT_LANGUAGE)
public interface Msg {

    String DEFAULT_LANGUAGE = "en";

    @Message("Dauys")
    String site_name();

    @Message("Skip to main content")
    String skip_to_content();

    @Message("Language")
    String language_switch();

    @Message("Signed in as")
    String signed_in_as();

    @Message("Sign in")
    String login();

    @Message("Sign out")
    String logout();

    @Message("Main menu")
    String nav_label();

    @Message("Petitions")
    String nav_petitions();

    @Message("Participatory budget")
    String nav_budget();

    @Message("Assemblies")
    String nav_assembly();

    @Message("Ombudsman")
    String nav_ombudsman();

    @Message("My page")
    String nav_mine();

    @Message("Official's desk")
    String nav_official();

    @Message("Moderation")
    String nav_moderation();

    @Message("Ombudsman desk")
    String nav_ombudsman_desk();

    @Message("Dauys: petitions, participatory budgets and assemblies of Kazakhstan.")
    String footer_text();

    @Message("How petitions work")
    String how_it_works();

    @Message("Accessibility")
    String accessibility();

    @Message("Your voice to the state")
    String home_title();

    @Message("Start a petition, sign others, vote on your city's budget and follow the assemblies.")
    String home_lead();

    @Message("Start a petition")
    String petition_start();

    @Message("Browse petitions")
    String petition_browse();

    @Message("Some information cannot be shown right now because a service is not answering. Please try again in a few minutes.")
    String service_unavailable_text();

    @Message("Most signed")
    String home_trending();

    @Message("Newly opened")
    String home_newest();

    @Message("Nothing here yet.")
    String none_yet();

    @Message("Draft")
    String state_draft();

    @Message("In moderation")
    String state_in_moderation();

    @Message("Gathering first supporters")
    String state_gathering_backers();

    @Message("Open for signatures")
    String state_open();

    @Message("Under consideration")
    String state_under_consideration();

    @Message("Answered")
    String state_answered();

    @Message("Closed")
    String state_closed();

    @Message("Rejected")
    String state_rejected();

    @Message("Closed without enough signatures")
    String state_closed_unsuccessful();

    @Message("Withdrawn by the author")
    String state_withdrawn();

    @Message("Hidden")
    String state_hidden();

    @Message("Unknown")
    String state_unknown();

    @Message("{signatures} of {threshold} signatures")
    String signatures_of(String signatures, String threshold);

    @Message("Petitions")
    String petitions_title();

    @Message("Search petitions")
    String search_label();

    @Message("Order")
    String sort_label();

    @Message("Most signatures")
    String sort_signatures();

    @Message("Newest")
    String sort_newest();

    @Message("Closing soon")
    String sort_closing();

    @Message("Search")
    String search_button();

    @Message("{count} petitions found")
    String results_count(String count);

    @Message("No petitions match your search.")
    String no_results();

    @Message("Pages")
    String pager_label();

    @Message("Previous page")
    String pager_previous();

    @Message("Next page")
    String pager_next();

    @Message("Page {current} of {total}")
    String pager_position(String current, String total);

    @Message("Petition no. {number}")
    String petition_number(String number);

    @Message("To:")
    String petition_to();

    @Message("started by")
    String petition_by();

    @Message("Signatures")
    String progress_heading();

    @Message("signatures")
    String signatures_word();

    @Message("needed:")
    String threshold_label();

    @Message("It needs {count} first supporters by {date} to be listed publicly.")
    String backers_needed(String count, String date);

    @Message("Signatures are collected until {date}.")
    String collection_ends(String date);

    @Message("Sign this petition")
    String sign_heading();

    @Message("This petition does not accept signatures now.")
    String not_signable();

    @Message("Sign in to sign: we check that you are an adult resident before counting your signature.")
    String sign_login_first();

    @Message("You signed on {date}.")
    String already_signed(String date);

    @Message("Withdraw my signature")
    String withdraw_signature();

    @Message("Only residents of {territory} may sign this petition.")
    String sign_residents_only(String territory);

    @Message("Show my name on the public list of signers?")
    String sign_listed_legend();

    @Message("Yes, show my first name and initial")
    String sign_listed_yes();

    @Message("No, count my signature only")
    String sign_listed_no();

    @Message("Sign")
    String sign_button();

    @Message("You can sign.")
    String eligibility_ok();

    @Message("Sign in to sign.")
    String eligibility_sign_in_required();

    @Message("Only citizen accounts can sign petitions.")
    String eligibility_not_a_citizen_account();

    @Message("Your account has no IIN, so you cannot sign.")
    String eligibility_no_iin();

    @Message("You must be 18 or older to sign.")
    String eligibility_under_age();

    @Message("You have already signed.")
    String eligibility_already_signed();

    @Message("This petition does not accept signatures now.")
    String eligibility_not_signable();

    @Message("Only residents of the addressee's territory may sign.")
    String eligibility_not_resident();

    @Message("You cannot sign this petition.")
    String eligibility_unknown();

    @Message("The petition")
    String petition_text();

    @Message("What we ask for")
    String requested_action();

    @Message("What moderation said")
    String moderation_note();

    @Message("The answer")
    String answer_heading();

    @Message("answered after the legal deadline")
    String answer_overdue();

    @Message("Figures")
    String charts_heading();

    @Message("Assembly decisions")
    String assembly_decisions();

    @Message("for {yes}, against {no}, abstained {abstained}")
    String votes(String yes, String no, String abstained);

    @Message("Ombudsman")
    String ombudsman_status();

    @Message("History")
    String history_heading();

    @Message("Show the figures as a table")
    String chart_data();

    @Message("Item")
    String chart_label();

    @Message("Value")
    String chart_value();

    @Message("No figures yet.")
    String chart_empty();

    @Message("{signatures} of {threshold} signatures")
    String chart_progress(String signatures, String threshold);

    @Message("{percent}% of the signatures needed for an answer.")
    String chart_progress_desc(String percent);

    @Message("Signatures by region")
    String chart_by_region();

    @Message("How many signatures came from each region, largest first.")
    String chart_by_region_desc();

    @Message("Public signatures per day")
    String chart_over_time();

    @Message("Signatures of people who chose to be listed publicly, per day.")
    String chart_over_time_desc();

    @Message("Akimat: {territory}")
    String addressee_akimat(String territory);

    @Message("Maslikhat: {territory}")
    String addressee_maslikhat(String territory);

    @Message("Start a petition")
    String petition_new_title();

    @Message("Before you write: the rules")
    String rules_heading();

    @Message("Moderators check every petition against the law within {days} working days.")
    String rule_moderation(String days);

    @Message("After approval it needs {count} first supporters within {days} working days to be listed publicly.")
    String rule_backers(String count, String days);

    @Message("A petition to the Government needs {count} signatures; local bodies need a share of their territory's population.")
    String rule_threshold(String count);

    @Message("Central bodies answer within {central} working days, local bodies within {local}.")
    String rule_answer(String central, String local);

    @Message("Only adults ({age} or older) can create and sign petitions.")
    String rule_age(String age);

    @Message("Subjects a petition cannot be about")
    String excluded_heading();

    @Message("The law excludes these subjects; petitions about them are rejected.")
    String excluded_lead();

    @Message("Language you write in")
    String field_language();

    @Message("Title")
    String field_title();

    @Message("One sentence saying what you want.")
    String field_title_hint();

    @Message("Text")
    String field_text();

    @Message("Explain the problem and why it matters. Do not include anyone's personal data.")
    String field_text_hint();

    @Message("What should the state body do? (optional)")
    String field_action();

    @Message("Topic")
    String field_topic();

    @Message("Who should answer")
    String field_addressee();

    @Message("Choose…")
    String choose();

    @Message("required")
    String required();

    @Message("Send for moderation")
    String petition_submit();

    @Message("Please fill in the title, the text, the topic and who should answer.")
    String form_error_required();

    @Message("The service did not accept the form. Please check what you entered.")
    String form_error_rejected();

    @Message("My petitions")
    String my_petitions();

    @Message("Petitions I signed")
    String my_signatures();

    @Message("My signature")
    String my_signature();

    @Message("counted")
    String my_signature_valid();

    @Message("withdrawn")
    String my_signature_withdrawn();

    @Message("invalidated by the audit")
    String my_signature_invalidated();

    @Message("My signature: status unknown")
    String my_signature_unknown();

    @Message("The {shown} most recent of {total} are shown.")
    String my_signatures_more(int shown, long total);

    @Message("Elsewhere")
    String my_other();

    @Message("My complaints to the Ombudsman")
    String my_complaints();

    @Message("Title")
    String col_title();

    @Message("State")
    String col_state();

    @Message("Signatures")
    String col_signatures();

    @Message("Back to the home page")
    String back_home();

    @Message("Error {code}")
    String error_code(String code);

    @Message("Incident number: {incident}. Quote it if you contact support.")
    String error_incident(String incident);

    @Message("That did not work")
    String error_400_title();

    @Message("The request was not accepted. Please check what you entered and try again.")
    String error_400_text();

    @Message("Please sign in again")
    String error_401_title();

    @Message("Your session has ended.")
    String error_401_text();

    @Message("You do not have access to this page")
    String error_403_title();

    @Message("This page is for staff with a particular role. If you think you should have access, contact your administrator.")
    String error_403_text();

    @Message("Page not found")
    String error_404_title();

    @Message("The page does not exist or is not public.")
    String error_404_text();

    @Message("Too many attempts")
    String error_429_title();

    @Message("Please wait a minute and try again.")
    String error_429_text();

    @Message("Something went wrong")
    String error_500_title();

    @Message("The error has been recorded. Please try again later.")
    String error_500_text();

    @Message("Service temporarily unavailable")
    String error_503_title();

    @Message("A part of Dauys is not answering right now. Nothing you did is lost; please try again in a few minutes.")
    String error_503_text();

    @Message("Thank you: your signature is counted.")
    String flash_done_signed();

    @Message("Your signature has been withdrawn.")
    String flash_done_unsigned();

    @Message("Your petition was sent for moderation. We will tell you the result here.")
    String flash_done_submitted();

    @Message("The decision is recorded.")
    String flash_done_decided();

    @Message("The case is yours now.")
    String flash_done_claimed();

    @Message("The review is recorded.")
    String flash_done_reviewed();

    @Message("The proposals were merged.")
    String flash_done_merged();

    @Message("Your ballot is recorded.")
    String flash_done_voted();

    @Message("Your proposal was sent for moderation.")
    String flash_done_proposed();

    @Message("You follow this body now.")
    String flash_done_followed();

    @Message("You no longer follow this body.")
    String flash_done_unfollowed();

    @Message("Your complaint was filed.")
    String flash_done_filed();

    @Message("The triage is recorded.")
    String flash_done_triaged();

    @Message("The answer is published.")
    String flash_done_answered();

    @Message("Saved.")
    String flash_done_saved();

    @Message("Only residents of the addressee's territory may sign this petition.")
    String flash_error_not_resident();

    @Message("You must be 18 or older.")
    String flash_error_under_age();

    @Message("Your account has no IIN.")
    String flash_error_no_iin();

    @Message("This petition does not accept signatures now.")
    String flash_error_not_signable();

    @Message("You have already signed.")
    String flash_error_already_signed();

    @Message("Only citizen accounts can do this.")
    String flash_error_not_a_citizen_account();

    @Message("Please sign in first.")
    String flash_error_sign_in_required();

    @Message("Too many attempts. Please wait a minute and try again.")
    String flash_error_rate_limited();

    @Message("The service is busy. Please try again; nothing is counted twice.")
    String flash_error_unavailable();

    @Message("The service did not accept this. Please check what you entered.")
    String flash_error_rejected_input();

    @Message("This was changed in the meantime. Please reload the page and try again.")
    String flash_error_conflict();

    @Message("You are not allowed to do this.")
    String flash_error_forbidden();

    @Message("It no longer exists.")
    String flash_error_not_found();

    @Message("Moderation queue")
    String moderation_queue();

    @Message("Filter the queue")
    String moderation_filters();

    @Message("All open cases")
    String moderation_all();

    @Message("Submissions")
    String moderation_submissions();

    @Message("Appeals")
    String moderation_appeals();

    @Message("appeal")
    String moderation_appeal();

    @Message("Case")
    String moderation_case();

    @Message("Back to the queue")
    String moderation_back();

    @Message("Content")
    String moderation_content();

    @Message("Automatic checks")
    String moderation_findings();

    @Message("The checks found nothing.")
    String moderation_no_findings();

    @Message("Decision")
    String moderation_decide();

    @Message("Outcome")
    String moderation_outcome();

    @Message("Legal ground")
    String moderation_reason();

    @Message("Required unless you approve.")
    String moderation_reason_hint();

    @Message("Explanation for the author")
    String moderation_text();

    @Message("Record the decision")
    String moderation_submit();

    @Message("Decided")
    String moderation_decided();

    @Message("Approve")
    String outcome_approve();

    @Message("Reject")
    String outcome_reject();

    @Message("Ask for changes")
    String outcome_request_changes();

    @Message("Hide")
    String outcome_hide();

    @Message("Restore")
    String outcome_restore();

    @Message("Other")
    String outcome_unknown();

    @Message("Kind")
    String col_kind();

    @Message("Risk")
    String col_risk();

    @Message("Due")
    String col_due();

    @Message("overdue")
    String overdue();

    @Message("Petitions awaiting your answer")
    String official_awaiting();

    @Message("The answer")
    String official_answer();

    @Message("Publish the answer")
    String official_publish();

    @Message("The case is assigned.")
    String flash_done_assigned();

    @Message("The term is extended and the complainant is told.")
    String flash_done_extended();

    @Message("The cycle is open.")
    String flash_done_opened();

    @Message("The results are counted again.")
    String flash_done_recounted();

    @Message("The paper ballots are counted.")
    String flash_done_entered();

    @Message("The proposal is on the agenda.")
    String flash_done_accepted();

    @Message("The proposal is declined; the proposer is told why.")
    String flash_done_declined();
}
