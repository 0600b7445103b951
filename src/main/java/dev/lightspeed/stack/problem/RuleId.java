package dev.lightspeed.stack.problem;

import static dev.lightspeed.stack.problem.Severity.ERROR;
import static dev.lightspeed.stack.problem.Severity.INFO;
import static dev.lightspeed.stack.problem.Severity.WARNING;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of rule ids: every id a {@link Problem} can carry is defined here once, with a one-line description,
 * its default severity under each policy ({@code lcs}, the plugin's own, and {@code llama-stack}, what would stop
 * llama-stack) and the part of the plugin that owns its message and fix text. A rule that reports at a severity of
 * its own in some cases (a refused deprecated provider is an error, a warned one a warning) says so in its
 * description. The README's rule registry table is generated from this enum and checked by a test.
 */
public enum RuleId {
    // reading files
    FILE_UNREADABLE("file-unreadable", Part.YAML, ERROR, ERROR,
            "a missing path, a directory, a FIFO, a device or a socket, or a file that cannot be read"),
    FILE_MISSING("file-missing", Part.RUNYAML, ERROR, ERROR, "a glob of `validate`'s files matched no file"),
    YAML_SYNTAX("yaml-syntax", Part.YAML, ERROR, ERROR,
            "the YAML cannot be parsed (tabs, unclosed quotes, several documents, refused tags, control characters)"),
    YAML_DUPLICATE_KEY("yaml-duplicate-key", Part.YAML, ERROR, WARNING,
            "a key appears twice in a mapping (llama-stack keeps the last value)"),
    YAML_LIMIT("yaml-limit", Part.YAML, ERROR, ERROR, "a size, depth, node or alias limit is exceeded"),
    YAML_ENCODING("yaml-encoding", Part.YAML, ERROR, ERROR, "not UTF-8, or binary"),
    YAML_EMPTY("yaml-empty", Part.YAML, ERROR, ERROR, "the file holds no YAML content"),
    INTERNAL_ERROR("internal-error", Part.RUNYAML, ERROR, ERROR, "a bug in the plugin, reported with the file"),

    // goal parameters and outputs
    PARAMETER("parameter", Part.GOAL, ERROR, ERROR,
            "a goal parameter is wrong (unknown `pyprojectMode`, `policy` or `llamaStack`, no `files`)"),
    DECLARATION_CONFLICT("declaration-conflict", Part.GOAL, ERROR, ERROR,
            "both a declaration file and `<providers>` declare the stack"),
    DECLARATION_MISSING("declaration-missing", Part.GOAL, ERROR, ERROR, "neither a declaration file nor `<providers>`"),
    OUTPUT_IS_INPUT("output-is-input", Part.GOAL, ERROR, ERROR, "an output would replace an input of the goal"),
    OUTPUT_WRITE_FAILED("output-write-failed", Part.GENERATE, ERROR, ERROR,
            "an output cannot be written (then none is)"),
    RELEASE_UNKNOWN("release-unknown", Part.GOAL, ERROR, ERROR, "a llama-stack release the plugin does not bundle"),
    FORMAT_UNKNOWN("format-unknown", Part.LISTING, ERROR, ERROR, "`list-providers`: an unknown output format"),
    API_UNKNOWN("api-unknown", Part.LISTING, ERROR, ERROR, "`list-providers`: an API the release does not have"),

    // user catalogs
    CATALOG_MISSING_FIELD("catalog-missing-field", Part.CATALOG, ERROR, ERROR, "a user catalog entry misses a field"),
    CATALOG_UNKNOWN_RELEASE("catalog-unknown-release", Part.CATALOG, ERROR, ERROR,
            "a user catalog names a release that is not bundled"),
    CATALOG_BAD_PROVIDER_TYPE("catalog-bad-provider-type", Part.CATALOG, ERROR, ERROR,
            "a user catalog's `provider_type` is not `remote::x` or `inline::x`"),
    CATALOG_PIP_SYNTAX("catalog-pip-syntax", Part.CATALOG, ERROR, ERROR, "a user catalog's pip package does not parse"),
    CATALOG_UNKNOWN_KEY("catalog-unknown-key", Part.CATALOG, ERROR, ERROR, "an unknown key in a user catalog"),
    CATALOG_WRONG_TYPE("catalog-wrong-type", Part.CATALOG, ERROR, ERROR, "a value of the wrong type in a user catalog"),
    CATALOG_UNKNOWN_API("catalog-unknown-api", Part.CATALOG, ERROR, ERROR, "a user catalog names an unknown API"),
    CATALOG_DUPLICATE_PROVIDER("catalog-duplicate-provider", Part.CATALOG, ERROR, ERROR,
            "a user catalog lists a provider twice"),

    // provider configs against their schema
    CONFIG_UNKNOWN_FIELD("config-unknown-field", Part.SCHEMA, ERROR, WARNING,
            "a field the provider's config schema does not have"),
    CONFIG_MISSING_FIELD("config-missing-field", Part.SCHEMA, ERROR, ERROR,
            "a required field of the provider's config is missing"),
    CONFIG_TYPE("config-type", Part.SCHEMA, ERROR, ERROR, "a config value of the wrong type"),
    CONFIG_VALUE("config-value", Part.SCHEMA, ERROR, ERROR, "a config value the schema does not allow"),
    CONFIG_ENV_EMPTY("config-env-empty", Part.SCHEMA, ERROR, ERROR,
            "a required field whose value is `${env.X:=}` or `${env.X:+v}`: empty while X is unset"),
    CONFIG_SCHEMA_RECURSIVE("config-schema-recursive", Part.SCHEMA, ERROR, ERROR,
            "a user catalog's `config_schema` refers to itself in an unbounded cycle"),
    CONFIG_SCHEMA_PATTERN("config-schema-pattern", Part.SCHEMA, ERROR, ERROR,
            "a user catalog's `config_schema` has a `pattern` that is no regular expression"),

    // the declaration
    DECLARATION_SHAPE("declaration-shape", Part.DECLARATION, ERROR, ERROR, "a declaration that is not a mapping"),
    DECLARATION_UNKNOWN_FIELD("declaration-unknown-field", Part.DECLARATION, ERROR, ERROR,
            "a key the declaration's schema does not have"),
    DECLARATION_MISSING_FIELD("declaration-missing-field", Part.DECLARATION, ERROR, ERROR,
            "a required key of the declaration is missing"),
    DECLARATION_TYPE("declaration-type", Part.DECLARATION, ERROR, ERROR, "a declaration value of the wrong type"),
    DECLARATION_VALUE("declaration-value", Part.DECLARATION, ERROR, ERROR,
            "a declaration value its schema does not allow"),
    DECLARATION_DISTRIBUTION_NAME("declaration-distribution-name", Part.DECLARATION, ERROR, ERROR,
            "a `distribution` that is not one plain directory name"),
    RESOURCE_KIND_UNAVAILABLE("resource-kind-unavailable", Part.DECLARATION, ERROR, ERROR,
            "a resource section the target release does not register"),
    RESOURCE_KIND_DEPRECATED("resource-kind-deprecated", Part.DECLARATION, ERROR, ERROR,
            "a resource section the target release only empties with a deprecation warning"),
    SAFETY_UNAVAILABLE("safety-unavailable", Part.DECLARATION, ERROR, ERROR,
            "`safety:` for a release whose run.yaml has no safety block"),
    TELEMETRY_UNAVAILABLE("telemetry-unavailable", Part.DECLARATION, ERROR, ERROR,
            "`telemetry: true` for a release without a telemetry setting"),

    // providers (shared by generate and validate)
    PROVIDER_UNKNOWN_API("provider-unknown-api", Part.VALIDATE, ERROR, ERROR, "no such API in the release"),
    PROVIDER_UNKNOWN_TYPE("provider-unknown-type", Part.VALIDATE, ERROR, ERROR,
            "no such provider type under that API (with the closest names)"),
    PROVIDER_API_AMBIGUOUS("provider-api-ambiguous", Part.GENERATE, ERROR, ERROR,
            "a type that exists under several APIs, declared without `api:`"),
    PROVIDER_DEPRECATED("provider-deprecated", Part.VALIDATE, WARNING, WARNING,
            "llama-stack warns about the provider (an error when it refuses it)"),
    PROVIDER_UNSUPPORTED("provider-unsupported", Part.VALIDATE, ERROR, WARNING,
            "Lightspeed Core does not support the provider and `allowUnsupported` does not allow it"),
    PROVIDER_ALLOWED_UNSUPPORTED("provider-allowed-unsupported", Part.VALIDATE, INFO, INFO,
            "an unsupported provider allowed by `allowUnsupported`"),
    ALLOW_UNUSED("allow-unused", Part.VALIDATE, WARNING, WARNING, "an `allowUnsupported` entry that allows nothing"),
    PROVIDER_DUPLICATE_ID("provider-duplicate-id", Part.VALIDATE, ERROR, WARNING,
            "two providers of one API share an id"),
    PROVIDER_ID_EMPTY("provider-id-empty", Part.VALIDATE, ERROR, ERROR, "a provider without an id"),
    PROVIDER_TELEMETRY_BLOCK("provider-telemetry-block", Part.GENERATE, ERROR, ERROR,
            "a telemetry provider for a release whose telemetry is a top-level block"),
    PROVIDER_RENAMED("provider-renamed", Part.GENERATE, ERROR, ERROR,
            "a provider type the target release knows under another API or name"),
    PROVIDER_API_REMOVED("provider-api-removed", Part.GENERATE, ERROR, ERROR,
            "a provider of an API the target release removed"),
    SECRET_LITERAL("secret-literal", Part.VALIDATE, ERROR, WARNING, "a literal value in a secret field"),
    ENV_REFERENCE("env-reference", Part.VALIDATE, ERROR, WARNING,
            "a malformed environment reference llama-stack would keep as literal text"),
    ENV_SWITCHED_PROVIDER("env-switched-provider", Part.VALIDATE, ERROR, ERROR,
            "a bare `${env.Y}` in a provider switched off by `provider_id: ${env.X:+id}`: expanded anyway"),
    AZURE_ENTRA_ID("azure-entra-id", Part.VALIDATE, ERROR, WARNING,
            "Azure's `api_key` not exactly `${env.AZURE_API_KEY}`, or `api_base`/`api_version` missing"),
    API_DEPENDENCY("api-dependency", Part.VALIDATE, ERROR, ERROR,
            "a provider needs an API that nothing serves (a warning when only an empty router serves it)"),

    // resources
    RESOURCE_PROVIDER_MISSING("resource-provider-missing", Part.VALIDATE, ERROR, ERROR,
            "a resource bound to an undeclared provider"),
    RESOURCE_PROVIDER_API("resource-provider-api", Part.VALIDATE, ERROR, ERROR,
            "a resource bound to a provider of the wrong API"),
    RESOURCE_PROVIDER_AMBIGUOUS("resource-provider-ambiguous", Part.VALIDATE, ERROR, ERROR,
            "a resource naming no provider when several could serve it"),
    RESOURCE_DUPLICATE_ID("resource-duplicate-id", Part.VALIDATE, ERROR, ERROR,
            "a resource registered twice (a warning when both entries are identical)"),
    RESOURCE_REFERENCE("resource-reference", Part.GENERATE, ERROR, ERROR,
            "a benchmark's dataset or `vectorStoreDefaults` naming nothing declared"),
    RESOURCE_NOT_REGISTERED("resource-not-registered", Part.VALIDATE, WARNING, WARNING,
            "a resource llama-stack does not register at start-up (its kind, or its API is not served)"),
    RESOURCE_NO_PROVIDER("resource-no-provider", Part.RUNYAML, ERROR, WARNING,
            "a run.yaml resource naming no `provider_id`, so llama-stack never registers it"),
    RESOURCE_DEPRECATED("resource-deprecated", Part.RUNYAML, WARNING, WARNING,
            "a run.yaml resource list the release empties at start-up with a deprecation warning"),
    MODEL_EMBEDDING_DIMENSION("model-embedding-dimension", Part.VALIDATE, ERROR, ERROR,
            "an embedding model without `metadata.embedding_dimension`"),
    VECTOR_STORES_DEFAULT("vector-stores-default", Part.RUNYAML, ERROR, ERROR,
            "`vector_stores.default_embedding_model` without the models API or naming no inference provider"),
    VECTOR_STORE_MODEL("vector-store-model", Part.RUNYAML, ERROR, ERROR,
            "a registered vector store's `embedding_model` is no registered embedding model, or an ambiguous one"),
    SAFETY_DEFAULT_SHIELD("safety-default-shield", Part.RUNYAML, ERROR, ERROR,
            "`safety.default_shield_id` without the safety API, or naming no registered shield"),

    // storage
    STORAGE_BACKEND_UNKNOWN("storage-backend-unknown", Part.RUNYAML, ERROR, ERROR,
            "a `backend:` naming no storage backend of the run.yaml"),
    STORAGE_BACKEND_KIND("storage-backend-kind", Part.RUNYAML, ERROR, ERROR,
            "a `backend:` naming a key-value backend where a SQL one is needed, or the reverse"),
    STORAGE_METADATA_MISSING("storage-metadata-missing", Part.RUNYAML, ERROR, ERROR,
            "`storage.stores.metadata` is missing"),
    STORAGE_DEFAULT_STORE("storage-default-store", Part.RUNYAML, ERROR, ERROR,
            "a store left at its default names a backend the given `storage.backends` lacks, or one of the wrong kind"),
    STORAGE_RELEASE("storage-release", Part.GENERATE, ERROR, ERROR,
            "a storage backend the release cannot be generated for"),

    // the run.yaml (validate)
    RUN_TYPE("run-type", Part.RUNYAML, ERROR, ERROR,
            "a run.yaml value of the wrong type, or a top level that is no mapping"),
    RUN_MISSING_KEY("run-missing-key", Part.RUNYAML, ERROR, ERROR, "a required run.yaml key is missing"),
    RUN_VALUE("run-value", Part.RUNYAML, ERROR, ERROR, "a run.yaml value the run-config schema does not allow"),
    RUN_UNKNOWN_KEY("run-unknown-key", Part.RUNYAML, ERROR, WARNING, "a run.yaml key llama-stack does not know"),
    RUN_DEPRECATED_KEY("run-deprecated-key", Part.RUNYAML, WARNING, WARNING,
            "a key the release accepts with a deprecation warning"),
    RUN_OTHER_RELEASE_KEY("run-other-release-key", Part.RUNYAML, ERROR, WARNING,
            "a key of another release's run.yaml shape, ignored by llama-stack"),
    RUN_API_UNKNOWN("run-api-unknown", Part.RUNYAML, ERROR, ERROR, "an `apis:` entry that is no API of the release"),
    RUN_API_UNAVAILABLE("run-api-unavailable", Part.RUNYAML, ERROR, ERROR, "an `apis:` entry with no implementation"),
    RUN_API_NOT_SERVED("run-api-not-served", Part.RUNYAML, ERROR, WARNING,
            "providers are configured for an API that `apis:` leaves out"),

    // generate's own output
    GENERATED_INVALID("generated-invalid", Part.GENERATE, ERROR, ERROR,
            "the rendered run.yaml breaks the release's run-config schema, or llama-stack would refuse it"),

    // the llslibdev group and pyproject.toml
    PYPROJECT_SYNTAX("pyproject-syntax", Part.PYPROJECT, ERROR, ERROR, "a malformed pyproject.toml"),
    PYPROJECT_ENCODING("pyproject-encoding", Part.PYPROJECT, ERROR, ERROR, "a pyproject.toml that is not UTF-8"),
    PYPROJECT_GROUP_NOT_ARRAY("pyproject-group-not-array", Part.PYPROJECT, ERROR, ERROR,
            "`llslibdev`, `[tool.uv.sources]` or `tool.uv.index` of the wrong type"),
    PYPROJECT_LAYOUT_UNSUPPORTED("pyproject-layout-unsupported", Part.PYPROJECT, ERROR, ERROR,
            "an inline or dotted-key layout the editor cannot change in place"),
    PYPROJECT_EDIT_FAILED("pyproject-edit-failed", Part.PYPROJECT, ERROR, ERROR,
            "the edited pyproject.toml does not read back"),
    PYPROJECT_GROUP_SHARED("pyproject-group-shared", Part.PYPROJECT, WARNING, WARNING,
            "another module of the build wrote the same group"),
    PYPROJECT_NOTE("pyproject-note", Part.PYPROJECT, INFO, INFO,
            "a note about the group (e.g. `--no-deps` not expressible)"),
    PYPROJECT_UNREADABLE("pyproject-unreadable", Part.PYPROJECT, ERROR, ERROR,
            "the pyproject.toml is missing or unreadable"),
    PYPROJECT_OUTSIDE_PROJECT("pyproject-outside-project", Part.PYPROJECT, ERROR, ERROR,
            "the pyproject.toml is a link outside the project"),
    PYPROJECT_OUT_OF_DATE("pyproject-out-of-date", Part.PYPROJECT, ERROR, ERROR,
            "check mode: the group differs, with a diff"),
    PYPROJECT_READ_ONLY("pyproject-read-only", Part.PYPROJECT, ERROR, ERROR, "the pyproject.toml is read-only"),
    DEPENDENCY_PIP_SYNTAX("dependency-pip-syntax", Part.PYPROJECT, ERROR, ERROR,
            "a provider's pip requirement does not parse"),
    DEPENDENCY_EXTRA_SYNTAX("dependency-extra-syntax", Part.PYPROJECT, ERROR, ERROR,
            "an extra requirement does not parse"),
    DEPENDENCY_CONSTRAINT_SYNTAX("dependency-constraint-syntax", Part.PYPROJECT, ERROR, ERROR,
            "a constraint does not parse"),
    DEPENDENCY_CONSTRAINT_UNUSED("dependency-constraint-unused", Part.PYPROJECT, WARNING, WARNING,
            "a constraint for a package no provider needs"),
    DEPENDENCY_EXCLUSION_UNUSED("dependency-exclusion-unused", Part.PYPROJECT, WARNING, WARNING,
            "an exclusion of a package no provider needs"),
    DEPENDENCY_MERGE("dependency-merge", Part.PYPROJECT, ERROR, ERROR,
            "requirements of one package that cannot be merged"),
    DEPENDENCY_INDEX_CONFLICT("dependency-index-conflict", Part.PYPROJECT, ERROR, ERROR,
            "one package wanted from two package indexes"),
    DEPENDENCY_CONFLICTING_VERSIONS("dependency-conflicting-versions", Part.PYPROJECT, ERROR, ERROR,
            "version specifiers that cannot all hold"),

    // import
    IMPORT_NOT_CARRIED("import-not-carried", Part.IMPORTER, WARNING, WARNING,
            "something of the source the declaration does not carry"),
    IMPORT_MIGRATED("import-migrated", Part.IMPORTER, INFO, INFO, "rewritten for the target release"),
    IMPORT_SECRET_MOVED("import-secret-moved", Part.IMPORTER, WARNING, WARNING,
            "a literal secret replaced by an environment reference"),
    IMPORT_AZURE_KEY("import-azure-key", Part.IMPORTER, WARNING, WARNING,
            "an Azure key replaced by `${env.AZURE_API_KEY}`"),
    IMPORT_COERCED("import-coerced", Part.IMPORTER, INFO, INFO, "a quoted number or boolean written as a typed value"),
    IMPORT_DEFAULT_ADDED("import-default-added", Part.IMPORTER, INFO, INFO,
            "a catalog default key `generate` writes that the source did not have"),
    IMPORT_UNSUPPORTED_ALLOWED("import-unsupported-allowed", Part.IMPORTER, INFO, INFO,
            "an unsupported provider of the source allowed in the declaration"),
    IMPORT_SOURCE("import-source", Part.IMPORTER, ERROR, ERROR, "the source is not a run.yaml"),
    IMPORT_SOURCE_INVALID("import-source-invalid", Part.IMPORTER, ERROR, ERROR,
            "the source has errors (warnings with `force`)"),
    IMPORT_GENERATE("import-generate", Part.IMPORTER, ERROR, ERROR,
            "the imported declaration does not generate (warnings with `force`)"),
    IMPORT_EXISTS("import-exists", Part.IMPORTER, ERROR, ERROR, "the declaration exists (without `force`)"),
    IMPORT_FILE("import-file", Part.IMPORTER, ERROR, ERROR, "a file of the import cannot be read"),
    IMPORT_PYPROJECT("import-pyproject", Part.IMPORTER, ERROR, ERROR, "the pyproject.toml to import is malformed"),

    // init
    INIT_FILE("init-file", Part.INIT, ERROR, ERROR, "the declaration to write is a directory"),
    INIT_GENERATE("init-generate", Part.INIT, ERROR, ERROR, "the starter declaration does not generate"),
    INIT_PROVIDER("init-provider", Part.INIT, ERROR, ERROR, "a provider asked for that the release does not have"),
    INIT_UNSUPPORTED("init-unsupported", Part.INIT, WARNING, WARNING,
            "a provider asked for that Lightspeed Core does not support"),

    // Lightspeed Core's configuration (lightspeed-stack.yaml)
    LCS_CONFIG_TYPE("lcs-config-type", Part.LCS, ERROR, ERROR, "a lightspeed-stack.yaml value of the wrong type"),
    LCS_CONFIG_VALUE("lcs-config-value", Part.LCS, ERROR, ERROR, "a lightspeed-stack.yaml value LCS refuses"),
    LCS_CONFIG_MISSING_FIELD("lcs-config-missing-field", Part.LCS, ERROR, ERROR,
            "a field LCS's configuration requires is missing"),
    LCS_CONFIG_UNKNOWN_FIELD("lcs-config-unknown-field", Part.LCS, ERROR, ERROR,
            "a field LCS's configuration does not have (LCS forbids extra fields)"),
    LCS_CONFIG_MODE("lcs-config-mode", Part.LCS, ERROR, ERROR,
            "no run-configuration mode, or legacy and unified inputs together, or a wrong `config_format_version`"),
    LCS_PROFILE("lcs-profile", Part.LCS, ERROR, ERROR, "a profile or legacy run.yaml LCS cannot read"),
    LCS_SYNTHESIS_FAILS("lcs-synthesis-fails", Part.LCS, ERROR, ERROR,
            "LCS's own synthesis raises on an entry (an unsupported `rag_type`, a missing `vector_db_id`, ...)"),
    LCS_LEGACY_MODE("lcs-legacy-mode", Part.LCS, WARNING, WARNING,
            "the file still uses `library_client_config_path` (deprecated since LCS 0.6)"),
    LCS_BASELINE_RELEASE("lcs-baseline-release", Part.LCS, WARNING, WARNING,
            "no LCS default baseline ships for the chosen release; another one stands in"),
    LCS_SERVICE_MODE("lcs-service-mode", Part.LCS, INFO, INFO, "LCS uses OGX as a service: nothing to synthesize"),
    LCS_OGX_VERDICT("lcs-ogx-verdict", Part.LCS, INFO, INFO, "whether OGX starts the synthesized run configuration"),
    LCS_SYNTHESIZED("lcs-synthesized", Part.LCS, INFO, INFO, "where the synthesized run configuration was written"),
    LCS_PROFILE_NOT_GENERATED("lcs-profile-not-generated", Part.LCS, WARNING, WARNING,
            "`generate`: the lightspeed-stack.yaml does not start from the generated run.yaml"),
    LCS_IMPORT_NOT_LEGACY("lcs-import-not-legacy", Part.LCS, ERROR, ERROR,
            "`import` of a lightspeed-stack.yaml that is not in legacy mode"),
    LCS_OVERRIDE_REPLACES("lcs-override-replaces", Part.LCS, WARNING, WARNING,
            "a `native_override` list replaces what the high-level sections put there"),
    LCS_PROVIDER_COLLAPSED("lcs-provider-collapsed", Part.LCS, WARNING, WARNING,
            "two `inference.providers` entries that get one provider_id collapse into the last"),
    LCS_PROVIDER_REPLACED("lcs-provider-replaced", Part.LCS, WARNING, WARNING,
            "an `inference.providers` entry replaces a profile provider of the same id"),
    LCS_PROVIDER_DUPLICATED("lcs-provider-duplicated", Part.LCS, WARNING, WARNING,
            "an `inference.providers` entry adds a second provider of a profile provider's type"),
    LCS_MCP_PROVIDER_ID("lcs-mcp-provider-id", Part.LCS, WARNING, WARNING,
            "an `mcp_servers` entry's own `provider_id`, which nothing provides"),
    LCS_DEFAULT_DROPPED("lcs-default-dropped", Part.LCS, WARNING, WARNING,
            "a `byok_rag` entry without `embedding_dimension`: OGX gets null, not 768");

    /** The part of the plugin that owns a rule's message and fix text (a package of {@code dev.lightspeed.stack}). */
    public enum Part {
        YAML, GOAL, CATALOG, SCHEMA, DECLARATION, VALIDATE, RUNYAML, GENERATE, PYPROJECT, IMPORTER, INIT, LISTING, LCS;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static final Map<String, RuleId> BY_ID = byId();

    /** Every rule by its id (a loop, not a stream: no lambdas to spin on a build's first call). */
    private static Map<String, RuleId> byId() {
        Map<String, RuleId> byId = new HashMap<>();
        for (RuleId r : values()) {
            if (byId.put(r.id, r) != null) {
                throw new IllegalStateException("duplicate rule id " + r.id);
            }
        }
        return Map.copyOf(byId);
    }

    private final String id;
    private final Part owner;
    private final Severity lcs;
    private final Severity llamaStack;
    private final String description;

    RuleId(String id, Part owner, Severity lcs, Severity llamaStack, String description) {
        this.id = id;
        this.owner = owner;
        this.lcs = lcs;
        this.llamaStack = llamaStack;
        this.description = description;
    }

    /** The stable id, as problems, logs and reports show it. */
    public String id() {
        return id;
    }

    public Part owner() {
        return owner;
    }

    /** The default severity under the {@code lcs} policy ({@code lcs == true}) or llama-stack's. */
    public Severity severity(boolean lcsPolicy) {
        return lcsPolicy ? lcs : llamaStack;
    }

    public String description() {
        return description;
    }

    /** The rule with this id, if it is one. */
    public static Optional<RuleId> of(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    @Override
    public String toString() {
        return id;
    }
}
