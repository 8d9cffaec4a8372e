package kz.dauys.portal.budget;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import kz.dauys.portal.i18n.Msg;

/**
 * The texts of the participatory budget pages ({@code {budget:key}} in templates), English here, Kazakh and
 * Russian in {@code messages/budget_kk.properties} and {@code messages/budget_ru.properties}
 * ({@code BudgetMessagesTest} proves none is missing). A bundle of its own: Quarkus 3.33 generates broken
 * bytecode for a message bundle of more than 300 methods, and the portal's {@code msg} bundle is near that.
 */
@MessageBundle(value = "budget", locale = Msg.DEFAULT_LANGUAGE)
public interface BudgetMsg {

    @Message("Participatory budget")
    String budget_title();

    @Message("Residents propose projects, officials check them, residents vote, and the money goes to the chosen projects by a fair, explained rule.")
    String budget_intro();

    @Message("{amount} ₸")
    String budget_amount(String amount);

    @Message("At a glance")
    String budget_facts();

    @Message("Budget")
    String budget_budget();

    @Message("Phase")
    String budget_phase();

    @Message("Counting rule")
    String budget_outcome_rule();

    @Message("Ballot rules")
    String budget_ballot_rules();

    @Message("Tick the projects you support; their total cost must fit the budget.")
    String budget_rules_approval();

    @Message("Share up to {points} points among the projects.")
    String budget_rules_cumulative(String points);

    @Message("Choose at least {count} projects.")
    String budget_rules_min_projects(String count);

    @Message("Choose at most {count} projects.")
    String budget_rules_max_projects(String count);

    @Message("Your choice must use at least {percent} % of the budget.")
    String budget_rules_min_share(String percent);

    @Message("At most {points} points on one project.")
    String budget_rules_max_points_project(String points);

    @Message("Phase dates")
    String budget_dates();

    @Message("Starts on")
    String budget_from();

    @Message("Announced")
    String budget_phase_announced();

    @Message("Proposals")
    String budget_phase_proposals();

    @Message("Review")
    String budget_phase_review();

    @Message("Voting")
    String budget_phase_voting();

    @Message("Counting")
    String budget_phase_tallying();

    @Message("Results")
    String budget_phase_results();

    @Message("Implementation")
    String budget_phase_implementation();

    @Message("Other")
    String budget_phase_unknown();

    @Message("Most votes first (greedy)")
    String budget_outcome_rule_greedy();

    @Message("Equal shares")
    String budget_outcome_rule_equal_shares();

    @Message("Other rule")
    String budget_outcome_rule_unknown();

    @Message("Take part")
    String budget_take_part();

    @Message("Propose a project")
    String budget_propose();

    @Message("Sign in to propose a project")
    String budget_login_to_propose();

    @Message("Sign in to vote")
    String budget_login_to_vote();

    @Message("Only adult residents of {territory} take part in this cycle.")
    String budget_not_resident(String territory);

    @Message("Vote")
    String budget_vote();

    @Message("Results")
    String budget_results();

    @Message("Review and phases")
    String budget_manage();

    @Message("Nothing to do in this phase; come back when the next phase starts.")
    String budget_nothing_to_do_now();

    @Message("Decisions of the local assembly")
    String budget_assembly_decisions();

    @Message("for {yes}, against {no}, abstained {abstained}")
    String budget_assembly_votes(String yes, String no, String abstained);

    @Message("Proposals")
    String budget_proposals();

    @Message("Category")
    String budget_category();

    @Message("All categories")
    String budget_all_categories();

    @Message("Most supported")
    String budget_sort_supporters();

    @Message("Cost")
    String budget_sort_cost();

    @Message("Supporters: {count}")
    String budget_supporters(String count);

    @Message("Supporters")
    String budget_supporters_label();

    @Message("Roads")
    String budget_category_roads();

    @Message("Parks")
    String budget_category_parks();

    @Message("Sport")
    String budget_category_sport();

    @Message("Culture")
    String budget_category_culture();

    @Message("Education")
    String budget_category_education();

    @Message("Health")
    String budget_category_health();

    @Message("Environment")
    String budget_category_environment();

    @Message("Social support")
    String budget_category_social();

    @Message("Safety")
    String budget_category_safety();

    @Message("Transport")
    String budget_category_transport();

    @Message("Other")
    String budget_category_other();

    @Message("Other")
    String budget_category_unknown();

    @Message("Review")
    String budget_review();

    @Message("Awaiting review")
    String budget_review_pending();

    @Message("Feasible: on the ballot")
    String budget_review_feasible();

    @Message("Not feasible")
    String budget_review_not_feasible();

    @Message("Merged into another proposal")
    String budget_review_merged();

    @Message("Other")
    String budget_review_unknown();

    @Message("Moderation")
    String budget_moderation();

    @Message("Waiting for moderation")
    String budget_moderation_pending();

    @Message("Published")
    String budget_moderation_approved();

    @Message("Changes requested")
    String budget_moderation_changes_requested();

    @Message("Rejected")
    String budget_moderation_rejected();

    @Message("Hidden")
    String budget_moderation_hidden();

    @Message("Other")
    String budget_moderation_unknown();

    @Message("Submitted")
    String budget_decision_submitted();

    @Message("Resubmitted")
    String budget_decision_resubmitted();

    @Message("Approved by moderation")
    String budget_decision_moderation_approved();

    @Message("Rejected by moderation")
    String budget_decision_moderation_rejected();

    @Message("Moderation asked for changes")
    String budget_decision_moderation_changes_requested();

    @Message("Hidden by moderation")
    String budget_decision_moderation_hidden();

    @Message("Restored by moderation")
    String budget_decision_moderation_restored();

    @Message("Found feasible")
    String budget_decision_feasible();

    @Message("Found not feasible")
    String budget_decision_not_feasible();

    @Message("Official cost estimated")
    String budget_decision_cost_estimated();

    @Message("Merged into another proposal")
    String budget_decision_merged_into_another();

    @Message("A duplicate was merged into this one")
    String budget_decision_absorbed_duplicate();

    @Message("Other")
    String budget_decision_unknown();

    @Message("Estimated cost (₸)")
    String budget_estimated_cost();

    @Message("Official cost (₸)")
    String budget_official_cost();

    @Message("Cost (₸)")
    String budget_cost();

    @Message("Where")
    String budget_location();

    @Message("See the proposal this one was merged into")
    String budget_merged_into();

    @Message("Description")
    String budget_description();

    @Message("Links (plans, photos)")
    String budget_attachments();

    @Message("Support")
    String budget_support_heading();

    @Message("You support this proposal.")
    String budget_you_support();

    @Message("Support this proposal")
    String budget_support();

    @Message("Withdraw my support")
    String budget_withdraw_support();

    @Message("Before you write")
    String budget_propose_rules_heading();

    @Message("Adult residents of {territory} may propose.")
    String budget_propose_rule_residents(String territory);

    @Message("Moderators check every proposal before it is published; you will see their decision and its reason.")
    String budget_propose_rule_moderation();

    @Message("Officials then check whether it can be done and what it costs; only feasible projects go on the ballot.")
    String budget_propose_rule_review();

    @Message("A project cannot cost more than the whole budget of {amount} ₸.")
    String budget_propose_rule_budget(String amount);

    @Message("Proposals are not accepted in this phase.")
    String budget_proposals_closed();

    @Message("Project title")
    String budget_field_title();

    @Message("What should be done, where and for whom.")
    String budget_description_hint();

    @Message("Choose…")
    String budget_choose();

    @Message("In tenge, whole numbers; spaces are fine (12 000 000).")
    String budget_cost_hint();

    @Message("One link per line, at most ten.")
    String budget_attachments_hint();

    @Message("Send for moderation")
    String budget_submit_proposal();

    @Message("Write the cost in whole tenge, e.g. 12 000 000.")
    String budget_error_cost();

    @Message("Only adult residents of the cycle's territory may propose.")
    String budget_error_not_resident();

    @Message("Your ballot is counted (version {revision}, {when}). You can change it until voting closes; the last one counts.")
    String budget_your_ballot(String revision, String when);

    @Message("The ballot was not stored: it breaks these rules.")
    String budget_ballot_refused();

    @Message("Voting is not open in this phase.")
    String budget_voting_closed();

    @Message("Projects on the ballot")
    String budget_choose_projects();

    @Message("Chosen so far:")
    String budget_running_total();

    @Message("Points given: {points}")
    String budget_points_total(String points);

    @Message("Update the total")
    String budget_recompute();

    @Message("Cast my vote")
    String budget_cast();

    @Message("{total} ₸ of {budget} ₸ chosen")
    String budget_total_of(String total, String budget);

    @Message("The chosen projects use {percent} % of the budget.")
    String budget_total_desc(String percent);

    @Message("A chosen project is not on the ballot.")
    String budget_rule_unknown_project();

    @Message("Too many projects are chosen.")
    String budget_rule_too_many_projects();

    @Message("Too few projects are chosen.")
    String budget_rule_too_few_projects();

    @Message("The chosen projects cost more than the budget.")
    String budget_rule_over_budget();

    @Message("The chosen projects use too little of the budget.")
    String budget_rule_below_minimum_share();

    @Message("This ballot takes ticks, not points.")
    String budget_rule_points_not_allowed();

    @Message("This ballot takes points for each project.")
    String budget_rule_points_required();

    @Message("Points must be whole numbers of zero or more.")
    String budget_rule_negative_points();

    @Message("Too many points are given in total.")
    String budget_rule_too_many_points();

    @Message("Too many points are given to one project.")
    String budget_rule_too_many_points_for_project();

    @Message("The budget service refused the ballot.")
    String budget_rule_other();

    @Message("Outcome")
    String budget_results_summary();

    @Message("Counted by:")
    String budget_results_rule();

    @Message("compared with")
    String budget_results_comparison();

    @Message("{spent} ₸ of {budget} ₸ is spent; {remaining} ₸ remains.")
    String budget_results_spent(String spent, String budget, String remaining);

    @Message("Ballots counted: {total} ({online} online, {paper} on paper).")
    String budget_results_ballots(String total, String online, String paper);

    @Message("Published {when}")
    String budget_published(String when);

    @Message("Provisional: the count is not published yet.")
    String budget_provisional();

    @Message("Every project and why")
    String budget_results_projects();

    @Message("Votes")
    String budget_votes();

    @Message("Funded")
    String budget_funded();

    @Message("Not funded")
    String budget_not_funded();

    @Message("Votes: {votes}. When its turn came {remaining} ₸ remained, enough for its cost of {cost} ₸.")
    String budget_why_greedy_funded(String votes, String cost, String remaining);

    @Message("Votes: {votes}. When its turn came only {remaining} ₸ remained, less than its cost of {cost} ₸.")
    String budget_why_greedy_skipped(String votes, String cost, String remaining);

    @Message("Bought in round {round}: its supporters ({supporters}) shared the cost, each paying at most {payment} ₸ of their equal share.")
    String budget_why_mes_bought(String round, String supporters, String payment);

    @Message("Not bought: its supporters ({supporters}) had {money} ₸ left together, less than its cost of {cost} ₸.")
    String budget_why_mes_rejected(String supporters, String money, String cost);

    @Message("No votes.")
    String budget_why_no_votes();

    @Message("No ballots were cast.")
    String budget_why_no_ballots();

    @Message("Funded by the rule.")
    String budget_why_funded();

    @Message("Not funded by the rule.")
    String budget_why_not_funded();

    @Message("Votes per project")
    String budget_chart_votes();

    @Message("Horizontal bars: the votes each project received, most first.")
    String budget_chart_votes_desc();

    @Message("{spent} ₸ of {budget} ₸ allocated")
    String budget_chart_spent(String spent, String budget);

    @Message("The budget allocated to funded projects; {remaining} ₸ remains.")
    String budget_chart_spent_desc(String remaining);

    @Message("Ballots by channel")
    String budget_chart_channels();

    @Message("Bars: ballots cast online, on paper and imported.")
    String budget_chart_channels_desc();

    @Message("Online")
    String budget_channel_online();

    @Message("Paper")
    String budget_channel_paper();

    @Message("Imported")
    String budget_channel_imported();

    @Message("Implementation")
    String budget_implementation();

    @Message("Planned")
    String budget_impl_planned();

    @Message("In progress")
    String budget_impl_in_progress();

    @Message("Completed")
    String budget_impl_completed();

    @Message("Cancelled")
    String budget_impl_cancelled();

    @Message("Other")
    String budget_impl_unknown();

    @Message("Budget cycles I manage")
    String budget_desk_title();

    @Message("Budget review")
    String budget_review_title();

    @Message("Phase")
    String budget_phase_management();

    @Message("Moving on starts the next phase now, before its date; a cycle never goes back.")
    String budget_advance_hint();

    @Message("Move the cycle to:")
    String budget_advance_to();

    @Message("Proposals awaiting review")
    String budget_review_pending_heading();

    @Message("Review is not open in this phase.")
    String budget_review_closed();

    @Message("Can it be done?")
    String budget_feasible_question();

    @Message("Feasible: put it on the ballot")
    String budget_feasible_yes();

    @Message("Not feasible")
    String budget_feasible_no();

    @Message("Reason (shown to the author and the public)")
    String budget_reason();

    @Message("Say why in plain words; the author reads it.")
    String budget_reason_hint();

    @Message("Optional: replaces the author's estimate; cannot exceed the budget.")
    String budget_official_cost_hint();

    @Message("Record the review")
    String budget_record_review();

    @Message("Duplicate of")
    String budget_merge_into();

    @Message("Merge into it")
    String budget_merge();

    @Message("Reviewed proposals")
    String budget_reviewed_heading();

    @Message("Fill in the title, the description, the category and the cost.")
    String budget_error_required();

    @Message("The budget service did not accept the proposal; its reason is below.")
    String budget_error_rejected();

    @Message("Open a budget cycle")
    String budget_cycle_new();

    @Message("Change the cycle")
    String budget_cycle_edit();

    @Message("Back to the budget desk")
    String budget_back_to_desk();

    @Message("The budget service said")
    String budget_service_said();

    @Message("Texts, budget, dates and rules can be changed until voting opens.")
    String budget_cycle_form_hint();

    @Message("Territory code")
    String budget_cycle_territory();

    @Message("Your territory or one inside it, e.g. KZ-75-BOSTANDYK. It cannot change later.")
    String budget_cycle_territory_hint();

    @Message("Title (at least one language)")
    String budget_cycle_title();

    @Message("Budget in tenge")
    String budget_cycle_budget();

    @Message("First day of each phase")
    String budget_cycle_dates();

    @Message("Each phase starts after the one before; the cycle is announced until proposals open.")
    String budget_cycle_dates_hint();

    @Message("How the winners are counted")
    String budget_cycle_rule();

    @Message("What equal shares weighs")
    String budget_cycle_utility();

    @Message("The cost of the projects")
    String budget_cycle_utility_cost();

    @Message("The number of projects")
    String budget_cycle_utility_cardinality();

    @Message("The ballot")
    String budget_cycle_ballot();

    @Message("Tick the projects (within the budget)")
    String budget_cycle_ballot_approval();

    @Message("Spread points over the projects")
    String budget_cycle_ballot_cumulative();

    @Message("Leave a number empty for no limit. Share of the budget: approval only; points: cumulative only.")
    String budget_cycle_ballot_hint();

    @Message("At least this many projects")
    String budget_cycle_min_projects();

    @Message("At most this many projects")
    String budget_cycle_max_projects();

    @Message("At least this share of the budget, %")
    String budget_cycle_min_share();

    @Message("Points per voter")
    String budget_cycle_max_points();

    @Message("At most this many points on one project")
    String budget_cycle_max_points_project();

    @Message("Save the changes")
    String budget_cycle_save();

    @Message("Open the cycle")
    String budget_cycle_open();

    @Message("Fill in the territory, a title in at least one language, the counting rule and the ballot.")
    String budget_cycle_error_required();

    @Message("Give the first day of every phase as a date.")
    String budget_cycle_error_dates();

    @Message("The ballot limits are whole numbers.")
    String budget_cycle_error_rules();

    @Message("The budget service did not accept this; its reason is below.")
    String budget_official_error_rejected();

    @Message("You do not manage this territory's budget.")
    String budget_official_error_forbidden();

    @Message("This was done already, or the cycle changed meanwhile.")
    String budget_official_error_conflict();

    @Message("Too many attempts; try again in a minute.")
    String budget_official_error_rate_limited();

    @Message("Open a new cycle")
    String budget_open_cycle();

    @Message("Change the cycle's settings")
    String budget_edit_cycle();

    @Message("Paper ballots")
    String budget_paper_title();

    @Message("Projects by their number on the ballot paper")
    String budget_paper_numbers();

    @Message("Batch label (protocol number)")
    String budget_paper_label();

    @Message("Unique in the cycle, e.g. \"Polling station 12, protocol 3\".")
    String budget_paper_label_hint();

    @Message("Ballots, one per line")
    String budget_paper_ballots();

    @Message("The numbers of the ticked projects: \"1, 3\". For identical ballots: \"12 x 1, 3\" is twelve ballots.")
    String budget_paper_ballots_hint();

    @Message("Number and points of each project: \"1=3, 2=2\". For identical ballots: \"12 x 1=3, 2=2\".")
    String budget_paper_ballots_hint_points();

    @Message("Spoiled ballots")
    String budget_paper_spoiled();

    @Message("Count this batch")
    String budget_paper_enter();

    @Message("Paper ballots are entered during voting and tallying only.")
    String budget_paper_closed();

    @Message("Batches entered")
    String budget_paper_batches();

    @Message("Valid ballots")
    String budget_paper_valid();

    @Message("Entered by")
    String budget_paper_entered_by();

    @Message("See line {line}.")
    String budget_paper_bad_line(int line);

    @Message("Give the batch label and the number of spoiled ballots as a whole number.")
    String budget_paper_error_required();

    @Message("A ballot names a project that is not on the ballot paper, names one twice, or cannot be read.")
    String budget_paper_error_line();

    @Message("The number of identical ballots is not readable or makes the batch too large.")
    String budget_paper_error_count();

    @Message("Type at least one ballot.")
    String budget_paper_error_empty();

    @Message("Implementation progress")
    String budget_progress_title();

    @Message("Progress is recorded once the results are published.")
    String budget_progress_closed();

    @Message("Status")
    String budget_progress_status();

    @Message("Done, %")
    String budget_progress_percent();

    @Message("What happened")
    String budget_progress_note();

    @Message("On which day")
    String budget_progress_day();

    @Message("Today when left empty; never a future day.")
    String budget_progress_day_hint();

    @Message("Record the progress")
    String budget_progress_record();

    @Message("No funded projects yet.")
    String budget_progress_none();

    @Message("Choose the status, give the percent done (0 to 100) and write what happened.")
    String budget_progress_error_required();

    @Message("Give the day as a date.")
    String budget_progress_error_date();

    @Message("Enter paper ballots")
    String budget_enter_paper();

    @Message("Count the results again")
    String budget_recount();

    @Message("Counts every online and paper ballot again with the cycle's rule; the results are published when the cycle moves to Results.")
    String budget_recount_hint();

    @Message("See the provisional results")
    String budget_see_results();

    @Message("Record implementation progress")
    String budget_record_progress();

    @Message("My ballots in participatory budgets")
    String budget_my_ballots();

    @Message("Your ballots cannot be shown just now; the budget service does not answer.")
    String budget_my_ballots_unavailable();

    @Message("Cycle")
    String budget_my_ballots_cycle();

    @Message("My choice")
    String budget_my_ballots_choice();

    @Message("Cast")
    String budget_my_ballots_when();

    @Message("{count} projects, {total} ₸")
    String budget_my_ballots_projects(int count, String total);

    @Message("version {revision}")
    String budget_my_ballots_version(int revision);

    @Message("You have not voted in any budget cycle yet.")
    String budget_my_ballots_none();
}
