package kz.dauys.contract;

/**
 * Kafka header names of a binary-mode CloudEvent (CloudEvents Kafka protocol binding), as the outbox
 * relay writes them and the idempotent consumer reads them. The record key is the subject; the value is
 * the JSON payload.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";

    /** The value of {@link #SPEC_VERSION}. */
    public static final String SPEC_VERSION_1_0 = "1.0";
    /** The value of {@link #CONTENT_TYPE}: every Dauys payload is JSON. */
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}
