package kz.dauys.tally.pabulib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kz.dauys.tally.Ballot;
import kz.dauys.tally.Election;
import kz.dauys.tally.Outcome;
import kz.dauys.tally.Project;
import kz.dauys.tally.greedy.GreedyByVotes;

class PabulibRoundTripTest {

    @ParameterizedTest
    @ValueSource(strings = {"Netherlands_Assen_2024.pb", "Poland_Warszawa_2017_Anin.pb",
            "Poland_Warszawa_2019_Miedzylesie.pb"})
    void writingARealFileGivesItBack(String name) throws IOException {
        String original;
        try (InputStream in = getClass().getResourceAsStream("/pabulib/" + name)) {
            original = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        }
        PabulibFile file = PabulibReader.parse(original);
        String written = PabulibWriter.toText(file);
        assertThat(written.strip()).isEqualTo(original.strip());
        assertThat(PabulibReader.parse(written)).isEqualTo(file);
    }

    @Test
    void unknownColumnsAndMetaKeysAreKept() throws IOException {
        PabulibFile file = PabulibReproductionTest.load("Poland_Warszawa_2019_Miedzylesie.pb");
        assertThat(file.projectColumns()).containsExactly("project_id", "cost", "votes", "name", "category",
                "beneficiaries", "selected");
        assertThat(file.voteColumns()).containsExactly("voter_id", "vote", "age", "sex", "voting_method");
        assertThat(file.meta()).containsEntry("subunit", "Międzylesie").containsEntry("max_sum_cost", "179370");
        assertThat(file.votes().get(0)).containsEntry("voting_method", "internet");
        Election e = file.toElection();
        assertThat(e.budget()).isEqualTo(179_370);
        assertThat(e.projects()).hasSize(10);
        assertThat(e.ballots()).hasSize(466);
        assertThat(e.project("310").orElseThrow().category()).contains("sport,health");
        assertThat(e.voteCounts()).containsEntry("310", 224L);
    }

    @Test
    void quotedFieldsSurvive(@TempDir Path dir) throws IOException {
        Election e = new Election(1000,
                List.of(new Project("1", 600, "Park; \"green\" corner", Optional.of("urban greenery")),
                        new Project("2", 500, "Library")),
                List.of(Ballot.approval("a", List.of("1", "2")), Ballot.approval("b", List.of("2")),
                        Ballot.approval("c", List.of())));
        Outcome outcome = new GreedyByVotes().apply(e);
        PabulibFile file = PabulibFile.of(e, Map.of("description", "Dauys test"), Optional.of(outcome));
        Path path = dir.resolve("test.pb");
        PabulibWriter.write(file, path);
        assertThat(Files.readString(path)).contains("\"Park; \"\"green\"\" corner\"");
        PabulibFile back = PabulibReader.read(path);
        assertThat(back).isEqualTo(file);
        assertThat(back.toElection()).isEqualTo(e);
        assertThat(back.selectedProjectIds()).containsExactly("2");
        assertThat(back.ruleKey()).contains("greedy");
    }

    @Test
    void cumulativeVotesRoundTrip() {
        Election e = new Election(100, List.of(new Project("p", 40), new Project("q", 70)),
                List.of(Ballot.cumulative("a", Map.of("p", 3L)), Ballot.cumulative("b", Map.of("q", 2L))));
        PabulibFile file = PabulibFile.of(e, Map.of(), Optional.empty());
        assertThat(file.voteType()).isEqualTo("cumulative");
        PabulibFile back = PabulibReader.parse(PabulibWriter.toText(file));
        assertThat(back.votes().get(0)).containsEntry("points", "3");
        assertThat(back.toElection()).isEqualTo(e);
    }

    @Test
    void malformedInputIsRejectedWithTheReason() {
        assertThatThrownBy(() -> PabulibReader.parse("META\nkey;value\nbudget;10.5\nPROJECTS\nproject_id;cost\n1;5\n")
                .toElection()).hasMessageContaining("budget is not a whole number: 10.5");
        assertThatThrownBy(() -> PabulibReader.parse(
                "META\nkey;value\nbudget;10\nvote_type;ordinal\nPROJECTS\nproject_id;cost\n1;5\n").toElection())
                .hasMessageContaining("vote_type ordinal is not supported");
        assertThatThrownBy(() -> PabulibReader.parse("META\nkey;value\nbudget;10\nPROJECTS\nproject_id;cost\n1;5\n"
                + "VOTES\nvoter_id;vote\nv;7\n").toElection()).hasMessageContaining("unknown project 7");
    }
}
