package kz.dauys.deploy;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** values.schema.json turns mistakes in values into errors before anything reaches the cluster. */
class ValuesSchemaTest {

    @Test
    void rejectsReplicasWrittenAsWords() {
        assertThatThrownBy(() -> DauysChart.render(Map.of("services.petitions.replicas", "two")))
                .hasMessageContaining("values don't meet the specifications of the schema")
                .hasMessageContaining("replicas");
    }

    @Test
    void rejectsAnUnknownValue() {
        assertThatThrownBy(() -> DauysChart.render(Map.of("services.petitions.replica", "2")))
                .hasMessageContaining("replica");
    }

    @Test
    void rejectsAnIinHashKeyTooShortToBeSafe() {
        assertThatThrownBy(() -> DauysChart.render(Map.of("secrets.iinHashKey", "c2hvcnQ=")))
                .hasMessageContaining("iinHashKey");
    }

    @Test
    void refusesToCreateSecretsWithoutTheirValues() {
        assertThatThrownBy(() -> DauysChart.render(Map.of("secrets.create", "true")))
                .hasMessageContaining("secrets.iinHashKey is required");
    }

    @Test
    void acceptsTheProductionValues() {
        assertThat(DauysChart.render(DauysChart.createdSecrets(), DauysChart.productionValues()).all()).isNotEmpty();
    }
}
