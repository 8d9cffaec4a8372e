package kz.dauys.portal.ombudsman;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import kz.dauys.portal.i18n.Msg;

/**
 * Texts of the ombudsman pages (residents' complaints and the staff desk). English is the default here; Kazakh and Russian are in
 * {@code messages/ombudsman_kk.properties} and {@code messages/ombudsman_ru.properties} (a test proves them complete).
 * A bundle of its own: one bundle with every text of the portal grows past what Qute's generated resolver handles.
 */
@MessageBundle(value = "ombudsman", locale = Msg.DEFAULT_LANGUAGE)
public interface OmbudsmanMsg {

    @Message("The Ombudsman (Human Rights Commissioner)")
    String ombudsman_title();

    @Message("The Ombudsman and the regional representatives examine complaints about violations of human rights and freedoms by public bodies and officials.")
    String ombudsman_intro();

    @Message("Complain after you have approached the body concerned, and when the matter is not before a court.")
    String ombudsman_intro_when();

    @Message("Receipt is acknowledged within 2 working days; the decision to accept follows within 15 working days.")
    String ombudsman_intro_deadline();

    @Message("Only the office handling your complaint reads it; every reading is recorded.")
    String ombudsman_intro_privacy();

    @Message("File a complaint")
    String ombudsman_file();

    @Message("My complaints")
    String ombudsman_my_complaints();

    @Message("Number")
    String ombudsman_col_number();

    @Message("Subject")
    String ombudsman_col_subject();

    @Message("Status")
    String ombudsman_col_status();

    @Message("Received")
    String ombudsman_col_received();

    @Message("Decision due")
    String ombudsman_col_decision_due();

    @Message("You have not filed any complaint.")
    String ombudsman_no_complaints();

    @Message("Sign in to file a complaint")
    String ombudsman_sign_in_to_file();

    @Message("File a complaint to the Ombudsman")
    String ombudsman_form_title();

    @Message("Four short steps: against which body, what happened, who you are acting for, and your consent. Fields marked required must be filled in.")
    String ombudsman_form_lead();

    @Message("1. Against which body")
    String ombudsman_step_body();

    @Message("Body or official")
    String ombudsman_field_body();

    @Message("For example: the akimat of Bostandyk district, a police department, a school.")
    String ombudsman_field_body_hint();

    @Message("It is a central body (a ministry or an agency of the Republic)")
    String ombudsman_field_central();

    @Message("Where the body is")
    String ombudsman_field_territory();

    @Message("Required unless the body is central; it decides which regional representative handles the complaint.")
    String ombudsman_field_territory_hint();

    @Message("2. What happened")
    String ombudsman_step_what();

    @Message("In a few words")
    String ombudsman_field_title();

    @Message("What happened")
    String ombudsman_field_what();

    @Message("Describe the facts: what was done or refused, by whom, and which of your rights it affects (at least 20 characters).")
    String ombudsman_field_what_hint();

    @Message("When it happened")
    String ombudsman_field_when();

    @Message("What you have already tried")
    String ombudsman_field_tried();

    @Message("Whom you approached and with what result (the body itself, a higher body, a prosecutor).")
    String ombudsman_field_tried_hint();

    @Message("3. Who")
    String ombudsman_step_who();

    @Message("Your name comes from your sign-in. If you complain for someone else, name them; you need their consent.")
    String ombudsman_field_who_hint();

    @Message("On behalf of (optional)")
    String ombudsman_field_represented();

    @Message("That person has agreed that I complain on their behalf")
    String ombudsman_field_represented_consent();

    @Message("E-mail (optional)")
    String ombudsman_field_email();

    @Message("Phone (optional)")
    String ombudsman_field_phone();

    @Message("4. Consent")
    String ombudsman_step_consent();

    @Message("I agree that my complaint is shared with the body concerned so that it can be examined (required)")
    String ombudsman_field_consent();

    @Message("File the complaint")
    String ombudsman_submit();

    @Message("Complaint")
    String ombudsman_complaint();

    @Message("Back to my complaints")
    String ombudsman_back();

    @Message("Reasons")
    String ombudsman_outcome_reasons();

    @Message("Where to turn instead")
    String ombudsman_redirect_to();

    @Message("Transferred to")
    String ombudsman_transferred_to();

    @Message("History")
    String ombudsman_history();

    @Message("Messages")
    String ombudsman_messages();

    @Message("You")
    String ombudsman_from_you();

    @Message("The Ombudsman's office")
    String ombudsman_from_office();

    @Message("No messages yet.")
    String ombudsman_no_messages();

    @Message("Write to the office")
    String ombudsman_write();

    @Message("Send")
    String ombudsman_send();

    @Message("The date is not valid.")
    String ombudsman_error_date();

    @Message("Name the body, and where it is unless it is a central body.")
    String ombudsman_error_body();

    @Message("A complaint on someone else's behalf needs their consent.")
    String ombudsman_error_representation();

    @Message("Without your consent to share the complaint with the body, it cannot be examined.")
    String ombudsman_error_consent();

    @Message("Write a text first.")
    String ombudsman_error_message_empty();

    @Message("Answer every question of the checklist.")
    String ombudsman_error_checklist();

    @Message("A complaint can be accepted only when every checklist answer is yes.")
    String ombudsman_error_not_admissible();

    @Message("This step is not possible in the case's current status.")
    String ombudsman_error_wrong_step();

    @Message("Received")
    String ombudsman_status_received();

    @Message("Being assessed")
    String ombudsman_status_triage();

    @Message("Accepted")
    String ombudsman_status_accepted();

    @Message("Under inquiry")
    String ombudsman_status_inquiry();

    @Message("Recommendation issued")
    String ombudsman_status_recommendation();

    @Message("Closed")
    String ombudsman_status_closed();

    @Message("Not admissible")
    String ombudsman_status_inadmissible();

    @Message("Transferred")
    String ombudsman_status_transferred();

    @Message("Other")
    String ombudsman_status_unknown();

    @Message("Life or health at risk")
    String ombudsman_urgency_life_or_health();

    @Message("Person in detention")
    String ombudsman_urgency_detention();

    @Message("Children")
    String ombudsman_urgency_children();

    @Message("Standard")
    String ombudsman_urgency_standard();

    @Message("Not set")
    String ombudsman_urgency_unknown();

    @Message("acknowledgement")
    String ombudsman_breach_acknowledgement();

    @Message("decision")
    String ombudsman_breach_decision();

    @Message("transfer")
    String ombudsman_breach_transfer();

    @Message("notice of extension")
    String ombudsman_breach_extension_notice();

    @Message("body's answer")
    String ombudsman_breach_body_answer();

    @Message("other deadline")
    String ombudsman_breach_unknown();

    @Message("Accept")
    String ombudsman_outcome_accepted();

    @Message("Not admissible")
    String ombudsman_outcome_inadmissible();

    @Message("Transfer to the competent body")
    String ombudsman_outcome_transferred();

    @Message("Other")
    String ombudsman_outcome_unknown();

    @Message("Ombudsman cases")
    String ombudsman_desk_title();

    @Message("Statistics")
    String ombudsman_statistics_title();

    @Message("Filters")
    String ombudsman_filters();

    @Message("Office")
    String ombudsman_col_office();

    @Message("Any")
    String ombudsman_any();

    @Message("Urgency")
    String ombudsman_col_urgency();

    @Message("Next deadline on or before")
    String ombudsman_due_before();

    @Message("Deadlines")
    String ombudsman_col_breached();

    @Message("Breached only")
    String ombudsman_breached_only();

    @Message("In time only")
    String ombudsman_in_time_only();

    @Message("Include finished cases")
    String ombudsman_include_finished();

    @Message("Show")
    String ombudsman_apply_filters();

    @Message("{count} cases")
    String ombudsman_found(String count);

    @Message("Next deadline")
    String ombudsman_col_next_due();

    @Message("{days} working days left")
    String ombudsman_days_left(String days);

    @Message("Deadline breached")
    String ombudsman_breached();

    @Message("No cases match these filters.")
    String ombudsman_queue_empty();

    @Message("Case")
    String ombudsman_case();

    @Message("Back to the cases")
    String ombudsman_desk_back();

    @Message("Complainant")
    String ombudsman_complainant();

    @Message("Triage")
    String ombudsman_triage();

    @Message("Internal notes")
    String ombudsman_notes();

    @Message("Only staff see these notes; the complainant never does.")
    String ombudsman_notes_hint();

    @Message("No notes yet.")
    String ombudsman_no_notes();

    @Message("Add an internal note")
    String ombudsman_add_note();

    @Message("Save the note")
    String ombudsman_save_note();

    @Message("The complainant reads these messages in their complaint.")
    String ombudsman_messages_hint();

    @Message("Complainant")
    String ombudsman_from_complainant();

    @Message("Message to the complainant")
    String ombudsman_write_complainant();

    @Message("Timeline")
    String ombudsman_timeline();

    @Message("Back to the case")
    String ombudsman_back_to_case();

    @Message("Admissibility checklist")
    String ombudsman_checklist();

    @Message("Yes")
    String ombudsman_yes();

    @Message("No")
    String ombudsman_no();

    @Message("Note (optional)")
    String ombudsman_checklist_note();

    @Message("Category of rights")
    String ombudsman_category();

    @Message("Proposed office: {office}. You may keep it or send the case to another office you may choose.")
    String ombudsman_office_hint(String office);

    @Message("Outcome")
    String ombudsman_outcome();

    @Message("Decide later (record the triage only)")
    String ombudsman_outcome_later();

    @Message("Needed when the complaint is not admissible.")
    String ombudsman_reasons_hint();

    @Message("Optional: otherwise the complainant gets the standard text for this outcome.")
    String ombudsman_message_hint();

    @Message("Save the triage")
    String ombudsman_save_triage();

    @Message("From")
    String ombudsman_from();

    @Message("To")
    String ombudsman_to();

    @Message("{count} cases received in the period")
    String ombudsman_total(String count);

    @Message("Deadlines kept")
    String ombudsman_deadline_performance();

    @Message("Deadline")
    String ombudsman_deadline();

    @Message("On time")
    String ombudsman_on_time();

    @Message("Running")
    String ombudsman_running();

    @Message("Cases received per month")
    String ombudsman_chart_received();

    @Message("Bar chart of the number of cases received each month of the period.")
    String ombudsman_chart_received_desc();

    @Message("Cases by status")
    String ombudsman_chart_status();

    @Message("Horizontal bars: the number of cases in each status.")
    String ombudsman_chart_status_desc();

    @Message("Cases by category of rights")
    String ombudsman_chart_category();

    @Message("Horizontal bars: the number of cases in each category of rights.")
    String ombudsman_chart_category_desc();

    @Message("Cases by office")
    String ombudsman_chart_office();

    @Message("Horizontal bars: the number of cases handled by each office.")
    String ombudsman_chart_office_desc();

    @Message("Fill in the required fields.")
    String ombudsman_error_required();

    @Message("The service did not accept the form; check the fields.")
    String ombudsman_error_rejected();

    @Message("You may not do this here.")
    String ombudsman_error_forbidden();

    @Message("This was already done, or the case changed meanwhile.")
    String ombudsman_error_conflict();

    @Message("Too many attempts; try again in a minute.")
    String ombudsman_error_rate_limited();

    @Message("The service said")
    String ombudsman_service_said();

    @Message("Handling")
    String ombudsman_handling();

    @Message("Assigned to")
    String ombudsman_assignee();

    @Message("Nobody yet")
    String ombudsman_nobody();

    @Message("Decision due")
    String ombudsman_decision_due();

    @Message("extended until")
    String ombudsman_extended_until();

    @Message("The body's answer due")
    String ombudsman_answer_due();

    @Message("Recommendation")
    String ombudsman_recommendation();

    @Message("The body's answer")
    String ombudsman_body_answer();

    @Message("Closing summary")
    String ombudsman_closing_summary();

    @Message("Assign to")
    String ombudsman_assign_to();

    @Message("Choose…")
    String ombudsman_choose();

    @Message("Staff of the case's office (and of the central office, for central administrators) who have used the desk.")
    String ombudsman_assign_hint();

    @Message("Assign")
    String ombudsman_assign();

    @Message("Extend the decision term")
    String ombudsman_extend();

    @Message("New decision date")
    String ombudsman_extend_until();

    @Message("At most until {date}. The complainant is told at once.")
    String ombudsman_extend_hint(String date);

    @Message("Reason for the extension (recorded)")
    String ombudsman_extend_reason();

    @Message("Your own message to the complainant (optional)")
    String ombudsman_extend_message();

    @Message("Without it the complainant gets the standard notice with the new date and the reason.")
    String ombudsman_extend_message_hint();

    @Message("Next step")
    String ombudsman_next_step();

    @Message("Start the inquiry")
    String ombudsman_step_inquiry();

    @Message("Issue a recommendation to the body")
    String ombudsman_step_recommendation();

    @Message("Close the case")
    String ombudsman_step_closed();

    @Message("Other step")
    String ombudsman_step_unknown();

    @Message("The recommendation, or the closing summary")
    String ombudsman_step_text();

    @Message("Needed for a recommendation and for closing; not for the inquiry.")
    String ombudsman_step_text_hint();

    @Message("Record the step")
    String ombudsman_record_step();

    @Message("Record the body's answer")
    String ombudsman_record_body_answer();

    @Message("Choose the staff member to assign.")
    String ombudsman_error_assignee();

    @Message("Give the new decision date.")
    String ombudsman_error_until();

    @Message("Give the reason for the extension; it is recorded and sent to the complainant.")
    String ombudsman_error_extension_reason();

    @Message("Choose the next step.")
    String ombudsman_error_step();

    @Message("A recommendation and a closing need their text.")
    String ombudsman_error_step_text();
}
