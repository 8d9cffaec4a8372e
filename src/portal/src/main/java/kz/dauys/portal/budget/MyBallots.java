package kz.dauys.portal.budget;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import kz.dauys.portal.web.Viewer;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static kz.dauys.portal.budget.BudgetApi.Cycle;
import static kz.dauys.portal.budget.BudgetApi.MyBallot;

/**
 * The signed-in resident's ballots for "My page": the budget service keeps one ballot per cycle and has no list of
 * them, so the portal asks for the ballot of every cycle the resident could vote in (voting or later phases).
 */
@RequestScoped
public class MyBallots {

    static final Set<String> VOTED_PHASES = Set.of("VOTING", "TALLYING", "RESULTS", "IMPLEMENTATION");
    /** The cycles looked at: the newest first page; a resident takes part in few cycles at a time. */
    static final int CYCLES = 50;

    /** A cycle and the resident's ballot in it. */
    public record Row(Cycle cycle, MyBallot ballot) {

        public int getProjects() {
            return ballot.choices() == null ? 0 : ballot.choices().size();
        }
    }

    /** The ballots, or {@code null} when the budget service could not be asked (the page says so). */
    public record Ballots(List<Row> rows, boolean unavailable) {
    }

    private final BudgetClient budget;
    private final Viewer viewer;

    MyBallots(@RestClient BudgetClient budget, Viewer viewer) {
        this.budget = budget;
        this.viewer = viewer;
    }

    public Ballots mine() {
        if (!viewer.isCitizen()) {
            return new Ballots(List.of(), false);
        }
        try {
            List<Row> rows = new ArrayList<>();
            for (Cycle c : budget.cycles(null, null, false, 0, CYCLES).items()) {
                if (VOTED_PHASES.contains(c.phase()) && c.isOpenToMe()) {
                    MyBallot ballot = budget.myBallot(c.id());
                    if (ballot.voted()) {
                        rows.add(new Row(c, ballot));
                    }
                }
            }
            return new Ballots(rows, false);
        } catch (WebApplicationException | ProcessingException e) {
            return new Ballots(List.of(), true);
        }
    }
}
