package io.dmconnect.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The converter of every connector in a run, by the name the {@code converter} key uses. Source and sinks share it:
 * the sinks read the very records the source wrote.
 */
public enum ConverterChoice implements Keyed {
    /** The worker's default: Connect's JsonConverter with inline schemas. */
    JSON("json"),
    /** Apicurio's AvroConverter against an in-memory Apicurio Registry. */
    AVRO("avro");

    static final String AVRO_CLASS = "io.apicurio.registry.utils.converter.AvroConverter";

    private final String key;

    ConverterChoice(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    public static Optional<ConverterChoice> byKey(String key) {
        return Arrays.stream(values()).filter(c -> c.key.equals(key)).findFirst();
    }

    /**
     * Connector properties for this converter; {@code registryUrl} is the registry's v2 API (ignored for JSON).
     * JSON returns nothing: the worker's defaults are already JSON with schemas.
     */
    public Map<String, String> connectorSettings(String registryUrl) {
        Map<String, String> c = new LinkedHashMap<>();
        if (this == AVRO) {
            for (String side : new String[] {"key.converter", "value.converter"}) {
                c.put(side, AVRO_CLASS);
                c.put(side + ".apicurio.registry.url", registryUrl);
                c.put(side + ".apicurio.registry.auto-register", "true");
                c.put(side + ".apicurio.registry.find-latest", "true");
            }
        }
        return c;
    }
}
