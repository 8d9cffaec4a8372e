package kz.dauys.budget.assembly;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A local assembly's decision about a budget cycle (e.g. the maslikhat approving the results). */
@Entity
@Table(name = "assembly_decision")
public class AssemblyDecision extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "cycle_id")
    public UUID cycleId;
    @Column(name = "body_id")
    public String bodyId;
    @Column(name = "body_name")
    public String bodyName;
    @Column(name = "session_id")
    public String sessionId;
    @Column(name = "item_id")
    public String itemId;
    public String result;
    @Column(name = "decision_text")
    public String decisionText;
    @Column(name = "votes_for")
    public int votesFor;
    @Column(name = "votes_against")
    public int votesAgainst;
    public int abstentions;
    @Column(name = "decided_at")
    public Instant decidedAt;
    public String link;

    public static List<AssemblyDecision> ofCycle(UUID cycleId) {
        return list("cycleId = ?1 order by decidedAt", cycleId);
    }
}
