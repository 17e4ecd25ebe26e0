#!/usr/bin/env python3
"""Static check of the Kubernetes manifests in backend/deploy/kubernetes/ (no cluster here).

  backend/dev/check-kubernetes.py               check the manifests
  backend/dev/check-kubernetes.py --self-test   also break a copy of them in 17 ways and
                                                require each break to be caught
  backend/dev/check-kubernetes.py --dir D       check the manifests in D instead

What it checks, with PyYAML only (the manifests' own kinds are validated against field lists
pinned from their published schemas: Kubernetes core/apps/autoscaling/policy/networking,
CloudNativePG Cluster and ScheduledBackup, Barman Cloud plugin ObjectStore, Keycloak
Operator 26.x Keycloak and KeycloakRealmImport, Prometheus Operator ServiceMonitor):

- every file parses; every object has apiVersion, kind, metadata.name of a known kind; no
  unknown fields; no duplicates; kustomization.yaml lists every manifest (and not the Secret
  templates), its image overrides name images that are used;
- selectors match pod labels; Service targetPorts, probes, Ingress backends and the
  ServiceMonitor resolve to real ports; the API's probes are /q/health/live and /q/health/ready;
- images and ports agree with backend/Dockerfile, frontend/Dockerfile, frontend/nginx and
  docker-compose.yml (PostgreSQL major version, Keycloak version in docs/operations.md);
- every environment variable the API gets is one application.properties reads (or a Quarkus
  property's environment form, or JAVA_OPTS of the Dockerfile), and every variable it needs in
  production (no default, an empty one, or one pointing at localhost) is set;
- DB_URL / DB_READ_URL point at the CloudNativePG cluster's -rw / -ro Services, OIDC_URL at the
  Keycloak Operator's Service, and the public hosts agree across Ingress, CORS_ORIGINS,
  OIDC_ISSUER, Keycloak's hostname and the web app's API_URL / KEYCLOAK_URL;
- every Secret and ConfigMap reference is satisfied (by a manifest, by secrets.example.yaml or
  by a Secret CloudNativePG creates); the templates hold only REPLACE_ME placeholders;
- restricted security context and resources for the API (heap below the memory limit), HPA,
  PDB, backups (ScheduledBackup per cluster through the Barman Cloud plugin);
- the realm import is current with backend/keycloak/xianan-realm.prod.json;
- README.md and docs/operations.md name the directory;
- with kubectl on the PATH, `kubectl kustomize` builds the base (and with the monitoring
  component) into exactly the objects read here. No kubeconform or cluster is used (none is
  reachable from the build machines).

Exit 0 when everything holds, 1 otherwise.
"""
import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

try:
    import yaml
except ImportError:  # test-all.sh installs python3-yaml as root
    sys.exit("check-kubernetes: PyYAML is missing (Debian: apt-get install python3-yaml)")

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
KUBE_DIR = os.path.join(ROOT, "backend", "deploy", "kubernetes")
SECRET_TEMPLATES = "secrets.example.yaml"
PLACEHOLDER = "REPLACE_ME"

# ---------------------------------------------------------------------------------------------
# Field lists. ANY: any value; MAP: free keys; obj(...): known keys; lst(x): list of x.
ANY = None
MAP = "map"


def obj(*names, **nested):
    d = {n: ANY for n in names}
    d.update(nested)
    return d


def lst(item):
    return ("list", item)


META = obj("name", "namespace", "generateName", "finalizers", "ownerReferences", labels=MAP, annotations=MAP)
SELECTOR = obj(matchLabels=MAP, matchExpressions=lst(obj("key", "operator", "values")))
HANDLER = obj(httpGet=obj("path", "port", "host", "scheme", "httpHeaders"), tcpSocket=obj("port", "host"),
              exec=obj("command"), grpc=obj("port", "service"), sleep=obj("seconds"))
PROBE = dict(HANDLER, **obj("initialDelaySeconds", "periodSeconds", "timeoutSeconds", "failureThreshold",
                            "successThreshold", "terminationGracePeriodSeconds"))
RESOURCES = obj("claims", requests=MAP, limits=MAP)
SECCOMP = obj("type", "localhostProfile")
CONTAINER_SC = obj("allowPrivilegeEscalation", "privileged", "procMount", "readOnlyRootFilesystem", "runAsGroup",
                   "runAsNonRoot", "runAsUser", "seLinuxOptions", "windowsOptions", "appArmorProfile",
                   capabilities=obj("add", "drop"), seccompProfile=SECCOMP)
KEY_REF = obj("name", "key", "optional")
ENV = obj("name", "value", valueFrom=obj(configMapKeyRef=KEY_REF, secretKeyRef=KEY_REF,
                                         fieldRef=obj("fieldPath", "apiVersion"),
                                         resourceFieldRef=obj("containerName", "resource", "divisor")))
ENV_FROM = obj("prefix", configMapRef=obj("name", "optional"), secretRef=obj("name", "optional"))
CONTAINER = obj("name", "image", "command", "args", "workingDir", "resizePolicy", "restartPolicy", "volumeDevices",
                "terminationMessagePath", "terminationMessagePolicy", "imagePullPolicy", "stdin", "stdinOnce", "tty",
                ports=lst(obj("name", "containerPort", "protocol", "hostPort", "hostIP")),
                envFrom=lst(ENV_FROM), env=lst(ENV), resources=RESOURCES,
                volumeMounts=lst(obj("name", "mountPath", "readOnly", "subPath", "subPathExpr", "mountPropagation",
                                     "recursiveReadOnly")),
                livenessProbe=PROBE, readinessProbe=PROBE, startupProbe=PROBE,
                lifecycle=obj("stopSignal", preStop=HANDLER, postStart=HANDLER), securityContext=CONTAINER_SC)
VOLUME = obj("name", "configMap", "secret", "persistentVolumeClaim", "projected", "downwardAPI", "ephemeral",
             "csi", emptyDir=obj("medium", "sizeLimit"))
POD_SC = obj("fsGroup", "fsGroupChangePolicy", "runAsGroup", "runAsNonRoot", "runAsUser", "seLinuxOptions",
             "supplementalGroups", "supplementalGroupsPolicy", "sysctls", "windowsOptions", "appArmorProfile",
             "seLinuxChangePolicy", seccompProfile=SECCOMP)
SPREAD = obj("maxSkew", "topologyKey", "whenUnsatisfiable", "minDomains", "matchLabelKeys", "nodeAffinityPolicy",
             "nodeTaintsPolicy", labelSelector=SELECTOR)
POD_SPEC = obj("serviceAccountName", "automountServiceAccountToken", "terminationGracePeriodSeconds", "affinity",
               "tolerations", "priorityClassName", "imagePullSecrets", "dnsPolicy", "enableServiceLinks",
               "restartPolicy", "schedulerName", "hostAliases", "shareProcessNamespace", "runtimeClassName",
               "activeDeadlineSeconds", "preemptionPolicy", "readinessGates",
               nodeSelector=MAP, containers=lst(CONTAINER), initContainers=lst(CONTAINER), volumes=lst(VOLUME),
               securityContext=POD_SC, topologySpreadConstraints=lst(SPREAD))


def top(*names, **nested):
    return obj("apiVersion", "kind", *names, metadata=META, **nested)


CORE = {
    ("v1", "Namespace"): top(spec=ANY),
    ("v1", "ConfigMap"): top("immutable", data=MAP, binaryData=MAP),
    ("v1", "Secret"): top("type", "immutable", data=MAP, stringData=MAP),
    ("v1", "Service"): top(spec=obj("type", "clusterIP", "clusterIPs", "sessionAffinity", "externalTrafficPolicy",
                                    "internalTrafficPolicy", "ipFamilyPolicy", "ipFamilies", "publishNotReadyAddresses",
                                    "trafficDistribution", selector=MAP,
                                    ports=lst(obj("name", "port", "targetPort", "protocol", "nodePort", "appProtocol")))),
    ("apps/v1", "Deployment"): top(spec=obj("replicas", "revisionHistoryLimit", "minReadySeconds",
                                            "progressDeadlineSeconds", "paused", selector=SELECTOR,
                                            strategy=obj("type", rollingUpdate=obj("maxSurge", "maxUnavailable")),
                                            template=obj(metadata=META, spec=POD_SPEC))),
    ("autoscaling/v2", "HorizontalPodAutoscaler"): top(spec=obj(
        "minReplicas", "maxReplicas", scaleTargetRef=obj("apiVersion", "kind", "name"),
        metrics=lst(obj("type", "pods", "object", "external", "containerResource",
                        resource=obj("name", target=obj("type", "averageUtilization", "averageValue", "value")))),
        behavior=obj("scaleUp", "scaleDown"))),
    ("policy/v1", "PodDisruptionBudget"): top(spec=obj("minAvailable", "maxUnavailable", "unhealthyPodEvictionPolicy",
                                                       selector=SELECTOR)),
    ("networking.k8s.io/v1", "Ingress"): top(spec=obj(
        "ingressClassName", "defaultBackend", tls=lst(obj("hosts", "secretName")),
        rules=lst(obj("host", http=obj(paths=lst(obj("path", "pathType", backend=obj(
            "resource", service=obj("name", port=obj("number", "name")))))))))),
}

# CloudNativePG (postgresql.cnpg.io/v1), Barman Cloud plugin (barmancloud.cnpg.io/v1),
# Keycloak Operator 26.x (k8s.keycloak.org/v2alpha1), Prometheus Operator (monitoring.coreos.com/v1):
# field names as their CustomResourceDefinitions publish them.
CNPG_STORAGE = obj("pvcTemplate", "resizeInUseVolumes", "size", "storageClass")
CNPG_CLUSTER_SPEC = obj(
    "backup", "certificates", "description", "enablePDB", "enableSuperuserAccess", "env", "envFrom",
    "ephemeralVolumeSource", "ephemeralVolumesSizeLimit", "externalClusters", "failoverDelay", "imageCatalogRef",
    "imageName", "imagePullPolicy", "imagePullSecrets", "inheritedMetadata", "instances", "livenessProbeTimeout",
    "logLevel", "managed", "maxSyncReplicas", "minSyncReplicas", "nodeMaintenanceWindow", "podSecurityContext",
    "podSelectorRefs", "postgresGID", "postgresUID", "primaryUpdateMethod", "primaryUpdateStrategy",
    "priorityClassName", "probes", "projectedVolumeTemplate", "replica", "replicationSlots", "schedulerName",
    "seccompProfile", "securityContext", "serviceAccountName", "serviceAccountTemplate", "smartShutdownTimeout",
    "startDelay", "stopDelay", "superuserSecret", "switchoverDelay", "tablespaces", "topologySpreadConstraints",
    affinity=obj("additionalPodAffinity", "additionalPodAntiAffinity", "enablePodAntiAffinity", "nodeAffinity",
                 "podAntiAffinityType", "tolerations", "topologyKey", nodeSelector=MAP),
    bootstrap=obj("pg_basebackup", "recovery", initdb=obj(
        "builtinLocale", "dataChecksums", "database", "encoding", "icuLocale", "icuRules", "import", "locale",
        "localeCType", "localeCollate", "localeProvider", "options", "owner", "postInitApplicationSQL",
        "postInitApplicationSQLRefs", "postInitSQL", "postInitSQLRefs", "postInitTemplateSQL",
        "postInitTemplateSQLRefs", "secret", "walSegmentSize")),
    monitoring=obj("customQueriesConfigMap", "customQueriesSecret", "disableDefaultQueries", "enablePodMonitor",
                   "metricsQueriesTTL", "podMonitorMetricRelabelings", "podMonitorRelabelings", "tls"),
    plugins=lst(obj("enabled", "isWALArchiver", "name", parameters=MAP)),
    postgresql=obj("enableAlterSystem", "extensions", "ldap", "pg_hba", "pg_ident", "promotionTimeout",
                   "shared_preload_libraries", "syncReplicaElectionConstraint", "synchronous", parameters=MAP),
    resources=RESOURCES, storage=CNPG_STORAGE, walStorage=CNPG_STORAGE)
SECRET_KEY_SELECTOR = obj("name", "key")
KC_SECRET_REF = obj("name", "key", "optional")
KC_PROBE = obj("failureThreshold", "periodSeconds")
CUSTOM = {
    ("postgresql.cnpg.io/v1", "Cluster"): top("status", spec=CNPG_CLUSTER_SPEC),
    ("postgresql.cnpg.io/v1", "ScheduledBackup"): top(spec=obj(
        "backupOwnerReference", "immediate", "method", "online", "onlineConfiguration", "schedule", "suspend",
        "target", cluster=obj("name"), pluginConfiguration=obj("name", parameters=MAP))),
    ("barmancloud.cnpg.io/v1", "ObjectStore"): top(spec=obj(
        "retentionPolicy", instanceSidecarConfiguration=obj("env", "resources", "retentionPolicyIntervalSeconds"),
        configuration=obj(
            "azureCredentials", "destinationPath", "endpointCA", "endpointURL", "googleCredentials", "historyTags",
            "serverName", "tags",
            s3Credentials=obj("inheritFromIAMRole", "region", "sessionToken", accessKeyId=SECRET_KEY_SELECTOR,
                              secretAccessKey=SECRET_KEY_SELECTOR),
            wal=obj("archiveAdditionalCommandArgs", "compression", "encryption", "maxParallel",
                    "restoreAdditionalCommandArgs"),
            data=obj("additionalCommandArgs", "compression", "encryption", "immediateCheckpoint", "jobs")))),
    ("k8s.keycloak.org/v2alpha1", "Keycloak"): top(spec=obj(
        "admin", "automountServiceAccountToken", "cache", "env", "image", "imagePullSecrets", "import", "instances",
        "networkPolicy", "startOptimized", "telemetry", "tracing", "transaction", "truststores", "unsupported",
        additionalOptions=lst(obj("name", "value", secret=KC_SECRET_REF)),
        bootstrapAdmin=obj(user=obj("secret"), service=obj("secret")),
        db=obj("database", "host", "poolInitialSize", "poolMaxSize", "poolMinSize", "port", "schema", "url", "vendor",
               usernameSecret=KC_SECRET_REF, passwordSecret=KC_SECRET_REF),
        features=obj("disabled", "enabled"),
        hostname=obj("admin", "adminUrl", "backchannelDynamic", "hostname", "strict", "strictBackchannel"),
        http=obj("httpEnabled", "httpPort", "httpsPort", "serviceHttpPort", "serviceHttpsPort", "serviceName",
                 "tlsSecret", annotations=MAP, labels=MAP),
        httpManagement=obj("port"),
        ingress=obj("className", "enabled", "tlsSecret", annotations=MAP, labels=MAP),
        livenessProbe=KC_PROBE, readinessProbe=KC_PROBE, startupProbe=KC_PROBE,
        proxy=obj("headers"), resources=RESOURCES,
        scheduling=obj("affinity", "priorityClassName", "tolerations", "topologySpreadConstraints"),
        serviceMonitor=obj("enabled", "interval", "scrapeTimeout", annotations=MAP, labels=MAP),
        update=obj("labels", "revision", "scheduling", "strategy"))),
    ("k8s.keycloak.org/v2alpha1", "KeycloakRealmImport"): top(spec=obj(
        "keycloakCRName", "realm", "resources", labels=MAP, placeholders=MAP)),
    ("monitoring.coreos.com/v1", "ServiceMonitor"): top(spec=obj(
        "attachMetadata", "bodySizeLimit", "jobLabel", "keepDroppedTargets", "labelLimit", "labelNameLengthLimit",
        "labelValueLengthLimit", "namespaceSelector", "podTargetLabels", "sampleLimit", "scrapeClass",
        "scrapeProtocols", "targetLabels", "targetLimit", selector=SELECTOR,
        endpoints=lst(obj("authorization", "basicAuth", "bearerTokenSecret", "enableHttp2", "filterRunning",
                          "followRedirects", "honorLabels", "honorTimestamps", "interval", "metricRelabelings",
                          "params", "path", "port", "relabelings", "scheme", "scrapeTimeout", "targetPort",
                          "tlsConfig")))),
}
SCHEMAS = {**CORE, **CUSTOM}

# Quarkus properties the manifests set through their environment form; add a row after checking
# the name in the Quarkus configuration reference (a typo here would be silently ignored by Quarkus).
QUARKUS_ENV = {
    "QUARKUS_DATASOURCE_JDBC_MAX_SIZE": "quarkus.datasource.jdbc.max-size",
    "QUARKUS_SHUTDOWN_TIMEOUT": "quarkus.shutdown.timeout",
}
# Variables the parallel changes of issue 12 add to application.properties (read replica, JSON
# logs, tracing). Until they are merged they are reported as "pending", not as mismatches;
# afterwards they are ordinary names read by application.properties and this set can go.
PENDING_ENV: set = set()
CNPG_APP_SECRET_KEYS = {"username", "password", "host", "port", "dbname", "uri", "jdbc-uri", "pgpass", "user"}
BARMAN_PLUGIN = "barman-cloud.cloudnative-pg.io"
PLACEHOLDER_RE = re.compile(r"\$\{([A-Z_][A-Z0-9_]*)\}")


def mem_bytes(q):
    m = re.fullmatch(r"(\d+(?:\.\d+)?)([KMGT]i?|[kmgt])?", str(q))
    if not m:
        return None
    mult = {None: 1, "k": 1e3, "K": 1e3, "M": 1e6, "G": 1e9, "T": 1e12, "Ki": 2**10, "Mi": 2**20, "Gi": 2**30,
            "Ti": 2**40, "m": 1e-3}.get(m.group(2), 1)
    return float(m.group(1)) * mult


def java_mem(v):
    m = re.fullmatch(r"(\d+)([kKmMgG]?)", v)
    return int(m.group(1)) * {"": 1, "k": 2**10, "m": 2**20, "g": 2**30}[m.group(2).lower()] if m else None


class Check:
    def __init__(self, kdir, root, use_kubectl=True):
        self.kdir, self.root, self.use_kubectl = kdir, root, use_kubectl
        self.oks, self.problems, self.notes = [], [], []

    def ok(self, m):
        self.oks.append(m)

    def bad(self, m):
        self.problems.append(m)

    def note(self, m):
        self.notes.append(m)

    def rel(self, p):
        return os.path.relpath(p, self.root)

    # ---- loading -----------------------------------------------------------------------------
    def load_yaml_all(self, path):
        try:
            with open(path, encoding="utf-8") as f:
                return [d for d in yaml.safe_load_all(f) if d is not None]
        except (yaml.YAMLError, OSError) as e:
            self.bad(f"{self.rel(path)}: does not parse: {str(e).splitlines()[0]}")
            return None

    def load(self):
        kpath = os.path.join(self.kdir, "kustomization.yaml")
        docs = self.load_yaml_all(kpath)
        if not docs:
            self.bad(f"{self.rel(kpath)}: missing or empty")
            return False
        self.kust = docs[0]
        self.objects = []  # (file, doc)
        listed = self.kust.get("resources") or []
        components = [c for c in (self.kust.get("components") or [])]
        for r in listed:
            p = os.path.join(self.kdir, r)
            if not os.path.isfile(p):
                self.bad(f"kustomization.yaml lists {r}, which is not a file here")
                continue
            for d in self.load_yaml_all(p) or []:
                self.objects.append((r, d))
        if SECRET_TEMPLATES in listed:
            self.bad(f"kustomization.yaml lists {SECRET_TEMPLATES}: its placeholder Secrets would be applied")
        on_disk = sorted(f for f in os.listdir(self.kdir) if f.endswith((".yaml", ".yml")))
        for f in on_disk:
            if f not in listed and f not in ("kustomization.yaml", SECRET_TEMPLATES):
                self.bad(f"{f} is not listed in kustomization.yaml resources (it would never be applied)")
        # components (enabled or offered): every subdirectory with a Component kustomization
        self.component_objects = []
        self.components = {}
        for sub in sorted(os.listdir(self.kdir)):
            kp = os.path.join(self.kdir, sub, "kustomization.yaml")
            if not os.path.isfile(kp):
                continue
            cdocs = self.load_yaml_all(kp) or [{}]
            if cdocs[0].get("kind") != "Component":
                self.bad(f"{sub}/kustomization.yaml must be a kustomize Component (kind: Component)")
                continue
            self.components[sub] = cdocs[0]
            for r in cdocs[0].get("resources") or []:
                for d in self.load_yaml_all(os.path.join(self.kdir, sub, r)) or []:
                    self.component_objects.append((f"{sub}/{r}", d))
        for c in components:
            if c not in self.components:
                self.bad(f"kustomization.yaml enables component {c}, which does not exist")
        spath = os.path.join(self.kdir, SECRET_TEMPLATES)
        self.secret_templates = self.load_yaml_all(spath) if os.path.isfile(spath) else []
        if not os.path.isfile(spath):
            self.bad(f"{SECRET_TEMPLATES} (the Secrets to create by hand) is missing")
        return True

    # ---- structure ---------------------------------------------------------------------------
    def validate_fields(self, where, value, schema, path):
        if schema is ANY:
            return
        if schema == MAP:
            if not isinstance(value, dict):
                self.bad(f"{where}: {path} must be a map")
            return
        if isinstance(schema, tuple):
            if not isinstance(value, list):
                self.bad(f"{where}: {path} must be a list")
                return
            for i, item in enumerate(value):
                self.validate_fields(where, item, schema[1], f"{path}[{i}]")
            return
        if not isinstance(value, dict):
            self.bad(f"{where}: {path or 'the object'} must be a map")
            return
        for k, v in value.items():
            if k not in schema:
                self.bad(f"{where}: unknown field {path + '.' if path else ''}{k}")
            else:
                self.validate_fields(where, v, schema[k], f"{path + '.' if path else ''}{k}")

    def structure(self):
        seen = {}
        name_re = re.compile(r"^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$")
        for f, d in self.objects + self.component_objects + [(SECRET_TEMPLATES, s) for s in self.secret_templates]:
            if not isinstance(d, dict):
                self.bad(f"{f}: a document is not a map")
                continue
            api, kind, name = d.get("apiVersion"), d.get("kind"), (d.get("metadata") or {}).get("name")
            if not (api and kind and name):
                self.bad(f"{f}: an object lacks apiVersion, kind or metadata.name ({api} {kind} {name})")
                continue
            where = f"{f}: {kind} {name}"
            if (api, kind) not in SCHEMAS:
                self.bad(f"{where}: unknown apiVersion/kind {api} {kind}")
                continue
            if not name_re.match(str(name)) or len(str(name)) > 63:
                self.bad(f"{where}: metadata.name is not a DNS label")
            key = (kind, name)
            if key in seen and f != SECRET_TEMPLATES:
                self.bad(f"{where}: defined twice ({seen[key]} and {f})")
            seen[key] = f
            self.validate_fields(where, d, SCHEMAS[(api, kind)], "")
            for k, v in ((d.get("metadata") or {}).get("labels") or {}).items():
                if not isinstance(v, str):
                    self.bad(f"{where}: label {k} must be a string")
            for k, v in ((d.get("metadata") or {}).get("annotations") or {}).items():
                if not isinstance(v, str):
                    self.bad(f"{where}: annotation {k} must be a string (quote it)")
            if kind in ("ConfigMap", "Secret"):
                for sect in ("data", "stringData"):
                    for k, v in (d.get(sect) or {}).items():
                        if not isinstance(v, str):
                            self.bad(f"{where}: {sect}.{k} must be a string (quote {v!r})")
        self.ok(f"{len(self.objects)} objects in {len(self.kust.get('resources') or [])} files, "
                f"{len(self.component_objects)} in components, {len(self.secret_templates)} Secret templates parsed")

    # ---- helpers -----------------------------------------------------------------------------
    def all_objects(self):
        return [d for _, d in self.objects + self.component_objects if isinstance(d, dict)]

    def of_kind(self, kind, include_components=True):
        src = self.objects + (self.component_objects if include_components else [])
        return [d for _, d in src if isinstance(d, dict) and d.get("kind") == kind]

    def find(self, kind, name):
        return next((d for d in self.all_objects() if d.get("kind") == kind and d["metadata"].get("name") == name), None)

    @staticmethod
    def name(d):
        return d["metadata"]["name"]

    @staticmethod
    def pod_labels(dep):
        return ((dep.get("spec") or {}).get("template") or {}).get("metadata", {}).get("labels") or {}

    @staticmethod
    def containers(dep):
        return (((dep.get("spec") or {}).get("template") or {}).get("spec") or {}).get("containers") or []

    @staticmethod
    def matches(selector, labels):
        return bool(selector) and all(labels.get(k) == v for k, v in selector.items())

    def deployment_for(self, selector):
        return [d for d in self.of_kind("Deployment") if self.matches(selector, self.pod_labels(d))]

    @staticmethod
    def resolve_port(container, port):
        for p in container.get("ports") or []:
            if port == p.get("name") or port == p.get("containerPort"):
                return p.get("containerPort")
        return None

    def env_of(self, container):
        """name -> ('value', v) | ('configMap', name, key) | ('secret', name, key)"""
        out = {}
        for ef in container.get("envFrom") or []:
            cm = (ef.get("configMapRef") or {}).get("name")
            if cm:
                m = self.find("ConfigMap", cm)
                if not m:
                    self.bad(f"envFrom names ConfigMap {cm}, which no manifest defines")
                    continue
                for k, v in (m.get("data") or {}).items():
                    out[k] = ("value", v, f"ConfigMap {cm}")
            if (ef.get("secretRef") or {}).get("name"):
                out["*secret*" + ef["secretRef"]["name"]] = ("secretRef", ef["secretRef"]["name"])
        for e in container.get("env") or []:
            vf = e.get("valueFrom") or {}
            if "value" in e:
                out[e["name"]] = ("value", e["value"], "env")
            elif "secretKeyRef" in vf:
                out[e["name"]] = ("secret", vf["secretKeyRef"].get("name"), vf["secretKeyRef"].get("key"))
            elif "configMapKeyRef" in vf:
                r = vf["configMapKeyRef"]
                m = self.find("ConfigMap", r.get("name"))
                if not m or r.get("key") not in (m.get("data") or {}):
                    self.bad(f"env {e['name']} reads ConfigMap {r.get('name')} key {r.get('key')}, which does not exist")
                    out[e["name"]] = ("value", None, "missing")
                else:
                    out[e["name"]] = ("value", m["data"][r["key"]], f"ConfigMap {r['name']}")
            else:
                out[e["name"]] = ("other",)
        return out

    # ---- the checks --------------------------------------------------------------------------
    def kustomization(self):
        if self.kust.get("namespace"):
            ns = self.find("Namespace", self.kust["namespace"])
            if ns:
                self.ok(f"kustomization: namespace {self.kust['namespace']} (created by namespace.yaml)")
            else:
                self.bad(f"kustomization: namespace {self.kust['namespace']} is not created by any manifest")
        used = {c.get("image") for d in self.of_kind("Deployment") for c in self.containers(d)}
        for im in self.kust.get("images") or []:
            if im.get("name") not in used:
                self.bad(f"kustomization: image override {im.get('name')} matches no container image {sorted(used)}")
            elif not im.get("newTag") and not im.get("digest"):
                self.bad(f"kustomization: image {im.get('name')} has no newTag/digest (a release must be pinned)")
            else:
                self.ok(f"kustomization: image {im['name']} -> {im.get('newName', im['name'])}:{im.get('newTag', im.get('digest'))}")

    def dockerfile_info(self, rel):
        path = os.path.join(self.root, rel)
        text = open(path, encoding="utf-8").read()
        tag = re.search(r"docker build -t (\S+)", text)
        expose = {int(p.split("/")[0]) for m in re.findall(r"(?m)^EXPOSE\s+(.+)$", text) for p in m.split()}
        user = re.search(r"(?m)^USER\s+(\S+)", text)
        java_opts = re.search(r'JAVA_OPTS="([^"]*)"', text)
        return {"tag": tag.group(1) if tag else None, "expose": expose, "user": user.group(1) if user else None,
                "entry_java_opts": "$JAVA_OPTS" in text, "java_opts": java_opts.group(1) if java_opts else ""}

    def workloads(self):
        images = {"backend/Dockerfile": self.dockerfile_info("backend/Dockerfile"),
                  "frontend/Dockerfile": self.dockerfile_info("frontend/Dockerfile")}
        by_tag = {v["tag"]: (k, v) for k, v in images.items()}
        self.api = self.web = None
        for dep in self.of_kind("Deployment"):
            n = self.name(dep)
            sel = ((dep.get("spec") or {}).get("selector") or {}).get("matchLabels") or {}
            if self.matches(sel, self.pod_labels(dep)):
                self.ok(f"Deployment {n}: selector {sel} matches its pod labels")
            else:
                self.bad(f"Deployment {n}: selector {sel} does not match pod labels {self.pod_labels(dep)}")
            for c in self.containers(dep):
                img = c.get("image", "")
                if img not in by_tag:
                    self.bad(f"Deployment {n}: image '{img}' is none of the images the Dockerfiles name "
                             f"({', '.join(f'{t} ({k})' for t, (k, _) in by_tag.items())})")
                    continue
                df, info = by_tag[img]
                if df == "backend/Dockerfile":
                    self.api, self.api_container, self.api_info = dep, c, info
                else:
                    self.web, self.web_container = dep, c
                ports = {p.get("containerPort") for p in c.get("ports") or []}
                if ports and ports <= info["expose"]:
                    self.ok(f"Deployment {n}: image {img} ({df}), containerPort {sorted(ports)} = EXPOSE")
                else:
                    self.bad(f"Deployment {n}: containerPort {sorted(ports)} but {df} exposes {sorted(info['expose'])}")
                for probe in ("startupProbe", "livenessProbe", "readinessProbe"):
                    pr = c.get(probe)
                    if not pr:
                        continue
                    port = (pr.get("httpGet") or pr.get("tcpSocket") or {}).get("port")
                    if port is not None and self.resolve_port(c, port) is None:
                        self.bad(f"Deployment {n}: {probe} port {port} is not a port of container {c.get('name')}")
                if not c.get("readinessProbe"):
                    self.bad(f"Deployment {n}: container {c.get('name')} has no readinessProbe")
                res = c.get("resources") or {}
                if not all(k in (res.get("requests") or {}) for k in ("cpu", "memory")) or \
                        "memory" not in (res.get("limits") or {}):
                    self.bad(f"Deployment {n}: container {c.get('name')} needs cpu/memory requests and a memory limit")
                sc = c.get("securityContext") or {}
                if sc.get("allowPrivilegeEscalation") is not False or "ALL" not in ((sc.get("capabilities") or {}).get("drop") or []):
                    self.bad(f"Deployment {n}: container {c.get('name')} must set allowPrivilegeEscalation: false and drop ALL capabilities")
                # volume mounts name volumes of the pod
                vols = {v.get("name"): v for v in (dep["spec"]["template"]["spec"].get("volumes") or [])}
                for vm in c.get("volumeMounts") or []:
                    if vm.get("name") not in vols:
                        self.bad(f"Deployment {n}: volumeMount {vm.get('name')} names no volume of the pod")
        if not self.api:
            self.bad("no Deployment runs the API image (backend/Dockerfile)")
        if not self.web:
            self.bad("no Deployment runs the web app image (frontend/Dockerfile)")
        # the web container's environment is what the image's start script reads
        script = os.path.join(self.root, "frontend", "nginx", "40-runtime-config.sh")
        if self.web and os.path.isfile(script):
            reads = set(re.findall(r"\$\{([A-Z][A-Z0-9_]*)", open(script, encoding="utf-8").read()))
            names = {e.get("name") for e in self.web_container.get("env") or []}
            unknown = sorted(names - reads)
            if unknown:
                self.bad(f"web env {', '.join(unknown)}: frontend/nginx/40-runtime-config.sh reads no such variable")
            else:
                self.ok(f"web env {', '.join(sorted(names))}: read by frontend/nginx/40-runtime-config.sh")
        # nginx listens where the web container's port is
        conf = os.path.join(self.root, "frontend", "nginx", "default.conf")
        if self.web and os.path.isfile(conf):
            listens = {int(x) for x in re.findall(r"(?m)^\s*listen\s+(?:\S*:)?(\d+)", open(conf).read())}
            ports = {p.get("containerPort") for p in self.web_container.get("ports") or []}
            if ports <= listens:
                self.ok(f"web: nginx (frontend/nginx/default.conf) listens on {sorted(listens)}")
            else:
                self.bad(f"web: containerPort {sorted(ports)} but nginx listens on {sorted(listens)}")
        # docker-compose.yml builds the same Dockerfiles
        compose = yaml.safe_load(open(os.path.join(self.root, "docker-compose.yml"), encoding="utf-8"))
        self.compose = compose
        for svc, ctx in (("backend", "./backend"), ("frontend", "./frontend")):
            b = ((compose.get("services") or {}).get(svc) or {}).get("build")
            b = b if isinstance(b, str) else (b or {}).get("context")
            if os.path.normpath(b or "") != os.path.normpath(ctx):
                self.bad(f"docker-compose.yml service {svc} builds '{b}', the manifests use the image of {ctx}/Dockerfile")

    def services(self):
        for svc in self.of_kind("Service"):
            n = self.name(svc)
            sel = (svc.get("spec") or {}).get("selector") or {}
            deps = self.deployment_for(sel)
            if len(deps) != 1:
                self.bad(f"Service {n}: selector {sel} matches {len(deps)} Deployments' pods (want exactly 1)")
                continue
            cs = self.containers(deps[0])
            for p in (svc.get("spec") or {}).get("ports") or []:
                tp = p.get("targetPort", p.get("port"))
                if any(self.resolve_port(c, tp) is not None for c in cs):
                    self.ok(f"Service {n}: port {p.get('port')} -> {self.name(deps[0])} targetPort {tp}")
                else:
                    self.bad(f"Service {n}: targetPort {tp} is no containerPort of Deployment {self.name(deps[0])}")

    def api_checks(self):
        if not self.api:
            return
        dep, c, info = self.api, self.api_container, self.api_info
        n = self.name(dep)
        probes = {p: ((c.get(p) or {}).get("httpGet") or {}).get("path") for p in ("startupProbe", "livenessProbe", "readinessProbe")}
        want = {"livenessProbe": "/q/health/live", "readinessProbe": "/q/health/ready"}
        for p, path in want.items():
            if probes[p] != path:
                self.bad(f"API: {p} must GET {path}, it GETs {probes[p]}")
        if not probes["startupProbe"] or probes["startupProbe"] not in ("/q/health/live", "/q/health/started"):
            self.bad(f"API: startupProbe must GET /q/health/live or /q/health/started, it GETs {probes['startupProbe']}")
        if all(probes[p] == w for p, w in want.items()) and probes["startupProbe"]:
            self.ok(f"API: probes startup {probes['startupProbe']}, live {probes['livenessProbe']}, ready {probes['readinessProbe']}")
        if (dep["spec"].get("replicas") or 1) < 2:
            self.bad(f"API: Deployment {n} must run at least 2 replicas")
        pod = dep["spec"]["template"]["spec"]
        psc, sc = pod.get("securityContext") or {}, c.get("securityContext") or {}
        if psc.get("runAsNonRoot") is not True and sc.get("runAsNonRoot") is not True:
            self.bad("API: runAsNonRoot must be true")
        uid = sc.get("runAsUser", psc.get("runAsUser"))
        if info["user"] and uid is not None and str(uid) != info["user"]:
            self.bad(f"API: runAsUser {uid} differs from backend/Dockerfile USER {info['user']}")
        if sc.get("readOnlyRootFilesystem") is not True:
            self.bad("API: readOnlyRootFilesystem must be true")
        else:
            vols = {v["name"]: v for v in pod.get("volumes") or []}
            tmp = [vm for vm in c.get("volumeMounts") or [] if vm.get("mountPath") == "/tmp"]
            if not tmp or "emptyDir" not in vols.get(tmp[0]["name"], {}):
                self.bad("API: a read-only root file system needs an emptyDir at /tmp (Quarkus' temp and upload files)")
            else:
                self.ok(f"API: non-root (uid {uid}), read-only root file system with an emptyDir at /tmp, no capabilities")
        # heap vs memory limit
        env = self.env_of(c)
        self.api_env = env
        java_opts = env.get("JAVA_OPTS", ("value", info["java_opts"], "Dockerfile"))[1] or ""
        xmx = re.search(r"-Xmx(\S+)", java_opts)
        limit = mem_bytes(((c.get("resources") or {}).get("limits") or {}).get("memory", ""))
        if not xmx:
            self.bad("API: JAVA_OPTS sets no -Xmx (size the heap to the memory limit)")
        elif not limit:
            self.bad("API: no memory limit")
        else:
            heap = java_mem(xmx.group(1))
            if heap is None or heap + 256 * 2**20 > limit:
                self.bad(f"API: heap -Xmx{xmx.group(1)} leaves less than 256 Mi of the {limit / 2**20:.0f} Mi limit "
                         f"for metaspace, threads and direct buffers")
            else:
                self.ok(f"API: heap -Xmx{xmx.group(1)} within the memory limit {limit / 2**20:.0f} Mi")
        if "JAVA_OPTS" in env:
            if not info["entry_java_opts"]:
                self.bad("API: sets JAVA_OPTS, but backend/Dockerfile's ENTRYPOINT does not use $JAVA_OPTS")
            for flag in re.findall(r"(-D\S+|-XX:\+ExitOnOutOfMemoryError)", info["java_opts"]):
                if flag not in java_opts:
                    self.bad(f"API: JAVA_OPTS replaces the image's and drops its {flag}")
        # HPA and PDB
        hpas = [h for h in self.of_kind("HorizontalPodAutoscaler") if (h["spec"].get("scaleTargetRef") or {}).get("name") == n]
        if len(hpas) != 1:
            self.bad(f"API: want one HorizontalPodAutoscaler for Deployment {n}, found {len(hpas)}")
            self.hpa_max = dep["spec"].get("replicas") or 1
        else:
            h = hpas[0]["spec"]
            ref = h.get("scaleTargetRef") or {}
            cpu = [m for m in h.get("metrics") or [] if m.get("type") == "Resource" and (m.get("resource") or {}).get("name") == "cpu"]
            if ref.get("kind") != "Deployment" or ref.get("apiVersion") != "apps/v1":
                self.bad(f"HPA: scaleTargetRef must be apps/v1 Deployment {n}")
            if (h.get("minReplicas") or 1) < 2 or (h.get("maxReplicas") or 0) < (h.get("minReplicas") or 1):
                self.bad(f"HPA: minReplicas {h.get('minReplicas')} must be >= 2 and <= maxReplicas {h.get('maxReplicas')}")
            elif not cpu:
                self.bad("HPA: no CPU Resource metric")
            else:
                self.ok(f"HPA: {h['minReplicas']}..{h['maxReplicas']} replicas on CPU")
            self.hpa_max = h.get("maxReplicas") or 1
            if "cpu" not in ((c.get("resources") or {}).get("requests") or {}):
                self.bad("HPA: CPU utilisation needs a CPU request on the API container")
        pdbs = [p for p in self.of_kind("PodDisruptionBudget")
                if self.matches((p["spec"].get("selector") or {}).get("matchLabels"), self.pod_labels(dep))]
        if not pdbs:
            self.bad(f"API: no PodDisruptionBudget selects the pods of {n}")
        else:
            ma = pdbs[0]["spec"].get("minAvailable")
            lo = hpas[0]["spec"].get("minReplicas", 1) if hpas else dep["spec"].get("replicas", 1)
            if not isinstance(ma, int) or ma < 1 or ma >= lo:
                self.bad(f"API: PodDisruptionBudget minAvailable {ma} must be >= 1 and below the {lo} replicas (or drains block)")
            else:
                self.ok(f"API: PodDisruptionBudget minAvailable {ma} of at least {lo}")

    def application_properties(self):
        path = os.path.join(self.root, "backend", "src", "main", "resources", "application.properties")
        reads, required, keys = {}, set(), set()
        for line in open(path, encoding="utf-8"):
            line = line.strip()
            if not line or line.startswith(("#", "!")) or "=" not in line:
                continue
            key, value = line.split("=", 1)
            key = key.strip()
            profile = key[1:].split(".", 1)[0] if key.startswith("%") else None
            if profile is None:
                keys.add(key)
            for m in re.finditer(r"\$\{([A-Z][A-Z0-9_]*)(:?)", value):
                name, has_default = m.group(1), m.group(2) == ":"
                reads.setdefault(name, set()).add(profile)
                if profile not in (None, "prod"):
                    continue
                rest = value[m.end():]
                depth, default = 1, ""
                for ch in rest:  # the default, up to the matching brace
                    if ch == "{":
                        depth += 1
                    elif ch == "}":
                        depth -= 1
                        if depth == 0:
                            break
                    default += ch
                if not has_default or not default.strip() or re.search(r"localhost|127\.0\.0\.1", default):
                    required.add(name)
        self.props_reads = {n for n, profiles in reads.items() if profiles & {None, "prod"}}
        self.props_required = required
        self.props_env_forms = {re.sub(r"[^A-Za-z0-9]", "_", k).upper(): k for k in keys}
        self.props_text = open(path, encoding="utf-8").read()

    def api_env_checks(self):
        if not self.api:
            return
        env = self.api_env
        allowed = self.props_reads
        for name, src in sorted(env.items()):
            if name.startswith("*secret*"):
                continue
            if name in allowed:
                continue
            if name in self.props_env_forms:
                self.ok(f"API env {name}: overrides {self.props_env_forms[name]} of application.properties")
            elif name == "JAVA_OPTS" and self.api_info["entry_java_opts"]:
                self.ok("API env JAVA_OPTS: read by backend/Dockerfile's ENTRYPOINT")
            elif name in QUARKUS_ENV:
                self.ok(f"API env {name}: Quarkus property {QUARKUS_ENV[name]}")
            elif name in PENDING_ENV:
                self.note(f"API env {name}: not read by application.properties yet — added by a parallel change of "
                          f"issue 12; once merged it is checked like the others")
            else:
                self.bad(f"API env {name}: application.properties reads no ${{{name}}} (a typo, or a setting Quarkus ignores)")
        read_set = sorted(n for n in env if n in allowed)
        self.ok(f"API env read by application.properties: {', '.join(read_set)}")
        # documented where operators look for them
        docs = ""
        for doc in ("README.md", os.path.join("docs", "operations.md")):
            p = os.path.join(self.root, doc)
            if os.path.isfile(p):
                docs += open(p, encoding="utf-8").read()
        undocumented = [n for n in read_set if f"`{n}`" not in docs]
        if undocumented:
            self.bad(f"API env {', '.join(undocumented)}: read by application.properties and set by the manifests, "
                     f"but documented neither in README.md (Configuration) nor in docs/operations.md")
        else:
            self.ok("API env: every name application.properties reads is documented in README.md or docs/operations.md")
        for name in sorted(self.props_required):
            if name not in env:
                self.bad(f"API env: application.properties needs {name} in production (no default, empty, or localhost) — not set")
        if self.props_required <= set(env):
            self.ok(f"API env sets every production setting: {', '.join(sorted(self.props_required))}")
        v = lambda k: env.get(k, (None, None))[1] if env.get(k, ("",))[0] == "value" else None
        if v("LOG_JSON") != "true":
            self.bad(f"API env: LOG_JSON must be \"true\" in the cluster, is {v('LOG_JSON')!r}")
        if "OTEL_SDK_DISABLED" not in env:
            self.bad("API env: OTEL_SDK_DISABLED must be set (tracing off unless a collector is configured)")
        http_port = v("HTTP_PORT") or re.search(r"quarkus\.http\.port=\$\{HTTP_PORT:(\d+)\}", self.props_text).group(1)
        ports = {p.get("containerPort") for p in self.api_container.get("ports") or []}
        if int(http_port) in ports:
            self.ok(f"API: HTTP_PORT {http_port} = containerPort")
        else:
            self.bad(f"API: HTTP_PORT {http_port} but containerPort {sorted(ports)}")
        # metrics
        ann = (dep_ann := self.api["spec"]["template"]["metadata"].get("annotations") or {})
        if ann.get("prometheus.io/scrape") == "true":
            if ann.get("prometheus.io/path") != "/q/metrics" or self.resolve_port(self.api_container, int(ann.get("prometheus.io/port", 0))) is None:
                self.bad(f"API: prometheus.io annotations must name /q/metrics on the container port ({dep_ann})")
            else:
                self.ok("API: prometheus.io/* annotations on /q/metrics")
        mons = self.of_kind("ServiceMonitor")
        if not mons and ann.get("prometheus.io/scrape") != "true":
            self.bad("API: neither a ServiceMonitor nor prometheus.io annotations scrape /q/metrics")
        for m in mons:
            sel = (m["spec"].get("selector") or {}).get("matchLabels") or {}
            svcs = [s for s in self.of_kind("Service") if self.matches(sel, s["metadata"].get("labels") or {})]
            for ep in m["spec"].get("endpoints") or []:
                good = [s for s in svcs if any(p.get("name") == ep.get("port") for p in s["spec"].get("ports") or [])]
                if not good or ep.get("path") != "/q/metrics":
                    self.bad(f"ServiceMonitor {self.name(m)}: must select the API Service by label and name its port "
                             f"(port {ep.get('port')}, path {ep.get('path')})")
                elif not any(self.deployment_for(s["spec"].get("selector")) == [self.api] for s in good):
                    self.bad(f"ServiceMonitor {self.name(m)}: selects Service(s) that are not the API's")
                else:
                    self.ok(f"ServiceMonitor {self.name(m)}: Service {self.name(good[0])} port {ep['port']} {ep['path']}")

    def secret_refs(self):
        templates = {(s.get("metadata") or {}).get("name"): s for s in self.secret_templates if isinstance(s, dict)}
        clusters = {self.name(c) for c in self.of_kind("Cluster")}
        refs = []  # (where, secret, key or None, type or None)
        if self.api:
            for name, src in self.api_env.items():
                if src[0] == "secret":
                    refs.append((f"API env {name}", src[1], src[2], None))
                if src[0] == "secretRef":
                    refs.append(("API envFrom", src[1], None, None))
        for kc in self.of_kind("Keycloak"):
            db = kc["spec"].get("db") or {}
            for f in ("usernameSecret", "passwordSecret"):
                if db.get(f):
                    refs.append((f"Keycloak db.{f}", db[f].get("name"), db[f].get("key"), None))
            adm = ((kc["spec"].get("bootstrapAdmin") or {}).get("user") or {}).get("secret")
            if adm:
                refs.append(("Keycloak bootstrapAdmin", adm, "username", None))
                refs.append(("Keycloak bootstrapAdmin", adm, "password", None))
        for ri in self.of_kind("KeycloakRealmImport"):
            for ph, spec in (ri["spec"].get("placeholders") or {}).items():
                s = (spec or {}).get("secret") or {}
                refs.append((f"realm import placeholder {ph}", s.get("name"), s.get("key"), None))
        for os_ in self.of_kind("ObjectStore"):
            s3 = ((os_["spec"].get("configuration") or {}).get("s3Credentials")) or {}
            for f in ("accessKeyId", "secretAccessKey"):
                if s3.get(f):
                    refs.append((f"ObjectStore {self.name(os_)} {f}", s3[f].get("name"), s3[f].get("key"), None))
        for ing in self.of_kind("Ingress"):
            for t in ing["spec"].get("tls") or []:
                refs.append((f"Ingress {self.name(ing)} tls", t.get("secretName"), None, "kubernetes.io/tls"))
        used, before = set(), len(self.problems)
        for where, name, key, typ in refs:
            used.add(name)
            if name and name.endswith("-app") and name[:-4] in clusters:
                if key and key not in CNPG_APP_SECRET_KEYS:
                    self.bad(f"{where}: Secret {name} (CloudNativePG) has no key {key}")
                continue
            t = templates.get(name)
            if not t:
                self.bad(f"{where}: Secret {name} is neither in {SECRET_TEMPLATES} nor created by CloudNativePG")
                continue
            data = dict(t.get("stringData") or {}, **(t.get("data") or {}))
            if key and key not in data:
                self.bad(f"{where}: Secret {name} in {SECRET_TEMPLATES} has no key {key}")
            if typ and t.get("type") != typ:
                self.bad(f"{where}: Secret {name} must be of type {typ}")
        for name, t in templates.items():
            if name not in used:
                self.bad(f"{SECRET_TEMPLATES}: Secret {name} is referenced by no manifest")
            for k, v in dict(t.get("stringData") or {}, **(t.get("data") or {})).items():
                if PLACEHOLDER not in str(v):
                    self.bad(f"{SECRET_TEMPLATES}: {name}.{k} holds a value, not a {PLACEHOLDER} placeholder")
        if len(self.problems) == before:
            self.ok(f"Secrets: {len(refs)} references satisfied by {len(templates)} templates ({SECRET_TEMPLATES}, "
                    f"REPLACE_ME only) and CloudNativePG's {', '.join(sorted(c + '-app' for c in clusters))}")

    def databases(self):
        clusters = {self.name(c): c for c in self.of_kind("Cluster")}
        stores = {self.name(s) for s in self.of_kind("ObjectStore")}
        backups = self.of_kind("ScheduledBackup")
        compose_pg = ((self.compose.get("services") or {}).get("postgres") or {}).get("image", "")
        compose_major = (re.search(r":(\d+)", compose_pg) or [None, None])[1]
        for n, c in clusters.items():
            spec = c.get("spec") or {}
            major = (re.search(r":(\d+)", spec.get("imageName", "")) or [None, None])[1]
            if compose_major and major != compose_major:
                self.bad(f"Cluster {n}: PostgreSQL {major} but docker-compose.yml runs {compose_pg}")
            plugins = [p for p in spec.get("plugins") or [] if p.get("name") == BARMAN_PLUGIN]
            if not plugins or not plugins[0].get("isWALArchiver"):
                self.bad(f"Cluster {n}: no WAL archiving through the {BARMAN_PLUGIN} plugin")
            elif (plugins[0].get("parameters") or {}).get("barmanObjectName") not in stores:
                self.bad(f"Cluster {n}: barmanObjectName {(plugins[0].get('parameters') or {}).get('barmanObjectName')} is no ObjectStore")
            mine = [b for b in backups if ((b.get("spec") or {}).get("cluster") or {}).get("name") == n]
            if not mine:
                self.bad(f"Cluster {n}: no ScheduledBackup")
            for b in mine:
                bs = b["spec"]
                if bs.get("method") != "plugin" or (bs.get("pluginConfiguration") or {}).get("name") != BARMAN_PLUGIN:
                    self.bad(f"ScheduledBackup {self.name(b)}: method must be plugin with pluginConfiguration.name {BARMAN_PLUGIN}")
                elif len(str(bs.get("schedule", "")).split()) != 6:
                    self.bad(f"ScheduledBackup {self.name(b)}: schedule '{bs.get('schedule')}' needs six fields (seconds first)")
                else:
                    self.ok(f"Cluster {n}: {spec.get('instances')} instances, PostgreSQL {major}, WAL archive + "
                            f"ScheduledBackup {self.name(b)} '{bs['schedule']}' via {BARMAN_PLUGIN}")
            if not (spec.get("storage") or {}).get("size"):
                self.bad(f"Cluster {n}: storage.size missing")
        for b in backups:
            if ((b.get("spec") or {}).get("cluster") or {}).get("name") not in clusters:
                self.bad(f"ScheduledBackup {self.name(b)}: cluster {b['spec'].get('cluster')} does not exist")
        self.clusters = clusters
        if not self.api:
            return
        env = self.api_env

        def val(k):
            s = env.get(k)
            return s[1] if s and s[0] == "value" else None

        def jdbc(url):
            m = re.fullmatch(r"jdbc:postgresql://([^:/]+)(?::(\d+))?/([^?]+)(\?.*)?", url or "")
            return (m.group(1), int(m.group(2) or 5432), m.group(3)) if m else None

        w = jdbc(val("DB_URL"))
        if not w or not w[0].endswith("-rw") or w[0][:-3] not in clusters or w[1] != 5432:
            self.bad(f"API: DB_URL {val('DB_URL')!r} must point at <cluster>-rw:5432 of a CloudNativePG Cluster")
            return
        cl = w[0][:-3]
        db = ((clusters[cl]["spec"].get("bootstrap") or {}).get("initdb") or {}).get("database")
        if w[2] != db:
            self.bad(f"API: DB_URL names database {w[2]}, Cluster {cl} creates {db}")
        else:
            self.ok(f"API: DB_URL -> {cl}-rw (primary), database {db}")
        if "DB_READ_URL" in env:
            r = jdbc(val("DB_READ_URL"))
            if not r or r[0] not in (f"{cl}-ro", f"{cl}-r") or r[2] != db:
                self.bad(f"API: DB_READ_URL {val('DB_READ_URL')!r} must point at {cl}-ro:5432/{db} (the replicas)")
            elif (clusters[cl]["spec"].get("instances") or 1) < 3:
                self.bad(f"Cluster {cl}: DB_READ_URL reads from replicas; want instances >= 3 (primary + 2 replicas)")
            else:
                self.ok(f"API: DB_READ_URL -> {r[0]} (replicas of {cl}, {clusters[cl]['spec']['instances']} instances)")
        for k, key in (("DB_USER", "username"), ("DB_PASSWORD", "password")):
            s = env.get(k)
            if not s or s[0] != "secret" or s[1] != f"{cl}-app" or s[2] != key:
                self.bad(f"API: {k} must come from Secret {cl}-app key {key} (the owner CloudNativePG creates)")
        # pool sizing against max_connections
        pool = int(val("QUARKUS_DATASOURCE_JDBC_MAX_SIZE") or 20)
        maxc = int(((clusters[cl]["spec"].get("postgresql") or {}).get("parameters") or {}).get("max_connections", 100))
        need = (self.hpa_max + 1) * pool
        if need >= maxc:
            self.bad(f"Cluster {cl}: max_connections {maxc} <= (HPA max {self.hpa_max} + 1 surge) x pool {pool}")
        else:
            self.ok(f"Cluster {cl}: max_connections {maxc} > (HPA max {self.hpa_max} + 1 surge) x pool {pool} = {need}")

    def keycloak(self):
        kcs = self.of_kind("Keycloak")
        self.kc = kcs[0] if len(kcs) == 1 else None
        if not self.kc:
            self.bad(f"want exactly one Keycloak resource, found {len(kcs)}")
            return
        spec, n = self.kc["spec"], self.name(self.kc)
        if (spec.get("instances") or 1) < 2:
            self.bad(f"Keycloak {n}: instances must be >= 2")
        db = spec.get("db") or {}
        host = db.get("host", "")
        cl = host[:-3] if host.endswith("-rw") else None
        if db.get("vendor") != "postgres" or cl not in self.clusters:
            self.bad(f"Keycloak {n}: db must be vendor postgres on <cluster>-rw of a CloudNativePG Cluster (host {host})")
        else:
            want_db = ((self.clusters[cl]["spec"].get("bootstrap") or {}).get("initdb") or {}).get("database")
            us, ps = db.get("usernameSecret") or {}, db.get("passwordSecret") or {}
            if db.get("database") != want_db or us.get("name") != f"{cl}-app" or ps.get("name") != f"{cl}-app" \
                    or us.get("key") != "username" or ps.get("key") != "password":
                self.bad(f"Keycloak {n}: db must use database {want_db} and Secret {cl}-app username/password")
            else:
                self.ok(f"Keycloak {n}: {spec['instances']} instances on {cl}-rw database {want_db}")
        http = spec.get("http") or {}
        if not http.get("httpEnabled"):
            self.bad(f"Keycloak {n}: http.httpEnabled must be true (TLS ends at the Ingress)")
        if (spec.get("ingress") or {}).get("enabled") is not False:
            self.bad(f"Keycloak {n}: ingress.enabled must be false (ingress.yaml routes to it)")
        if (spec.get("proxy") or {}).get("headers") not in ("xforwarded", "forwarded"):
            self.bad(f"Keycloak {n}: behind the Ingress, proxy.headers must be xforwarded or forwarded")
        self.kc_service = (http.get("serviceName") or f"{n}-service", http.get("serviceHttpPort") or http.get("httpPort") or 8080)
        self.kc_hostname = (spec.get("hostname") or {}).get("hostname", "")
        if not self.kc_hostname.startswith("https://"):
            self.bad(f"Keycloak {n}: hostname.hostname must be the public https:// URL, is {self.kc_hostname!r}")
        # same Keycloak version as compose, named in the docs
        kc_image = ((self.compose.get("services") or {}).get("keycloak") or {}).get("image", "")
        ver = kc_image.rsplit(":", 1)[-1]
        if spec.get("image") and spec["image"] != kc_image:
            self.bad(f"Keycloak {n}: image {spec['image']} differs from docker-compose.yml's {kc_image}")
        docs = os.path.join(self.root, "docs", "operations.md")
        if os.path.isfile(docs) and ver not in open(docs, encoding="utf-8").read():
            self.bad(f"docs/operations.md does not name Keycloak {ver} (docker-compose.yml) as the operator version to install")
        elif os.path.isfile(docs):
            self.ok(f"Keycloak: version {ver} of docker-compose.yml named in docs/operations.md")

    def realm_import(self):
        realm_path = os.path.join(self.root, "backend", "keycloak", "xianan-realm.prod.json")
        raw = open(realm_path, encoding="utf-8").read()
        realm = json.loads(raw)
        self.realm = realm
        ris = self.of_kind("KeycloakRealmImport")
        if len(ris) != 1:
            self.bad(f"want one KeycloakRealmImport, found {len(ris)}")
            return
        ri = ris[0]["spec"]
        if self.kc and ri.get("keycloakCRName") != self.name(self.kc):
            self.bad(f"KeycloakRealmImport: keycloakCRName {ri.get('keycloakCRName')} is not Keycloak {self.name(self.kc)}")
        if ri.get("realm") != realm:
            self.bad("KeycloakRealmImport: spec.realm is not current with backend/keycloak/xianan-realm.prod.json — "
                     "run backend/deploy/kubernetes/gen-realm-import.py")
        else:
            self.ok(f"KeycloakRealmImport: realm '{realm['realm']}' equals backend/keycloak/xianan-realm.prod.json")
        names = set(PLACEHOLDER_RE.findall(raw))
        got = set((ri.get("placeholders") or {}).keys())
        if names != got:
            self.bad(f"KeycloakRealmImport: placeholders {sorted(got)} but the realm uses {sorted(names)}")
        else:
            self.ok(f"KeycloakRealmImport: placeholders {', '.join(sorted(names))} from Secrets")

    def ingress_and_hosts(self):
        ings = self.of_kind("Ingress")
        if not ings:
            self.bad("no Ingress")
            return
        services = {self.name(s): s for s in self.of_kind("Service")}
        hosts = {}  # role -> host
        for ing in ings:
            spec = ing["spec"]
            tls_hosts = {h for t in spec.get("tls") or [] for h in t.get("hosts") or []}
            for rule in spec.get("rules") or []:
                host = rule.get("host")
                if host not in tls_hosts:
                    self.bad(f"Ingress {self.name(ing)}: host {host} has no TLS entry")
                for p in (rule.get("http") or {}).get("paths") or []:
                    b = (p.get("backend") or {}).get("service") or {}
                    bname, bport = b.get("name"), (b.get("port") or {})
                    if self.kc and bname == self.kc_service[0]:
                        if bport.get("number") != self.kc_service[1]:
                            self.bad(f"Ingress: {host} -> {bname}:{bport} but Keycloak's Service port is {self.kc_service[1]}")
                        role = "auth"
                    elif bname in services:
                        sp = services[bname]["spec"].get("ports") or []
                        if not any(bport.get("number") == x.get("port") or (bport.get("name") and bport.get("name") == x.get("name")) for x in sp):
                            self.bad(f"Ingress: {host}{p.get('path')} -> {bname}:{bport}, which is no port of Service {bname}")
                        deps = self.deployment_for(services[bname]["spec"].get("selector"))
                        role = "api" if deps and deps[0] is self.api else "web" if deps and deps[0] is self.web else "other"
                    else:
                        self.bad(f"Ingress: {host}{p.get('path')} -> Service {bname}, which no manifest (or the Keycloak Operator) creates")
                        continue
                    if role == "api" and not str(p.get("path", "")).startswith("/api"):
                        self.bad(f"Ingress: {host}{p.get('path')} exposes more of the API than /api (health, metrics stay inside)")
                    if p.get("pathType") not in ("Prefix", "Exact", "ImplementationSpecific"):
                        self.bad(f"Ingress: {host}{p.get('path')} has pathType {p.get('pathType')}")
                    hosts.setdefault(role, host)
            # body size for imports
            body = (ing["metadata"].get("annotations") or {}).get("nginx.ingress.kubernetes.io/proxy-body-size")
            need = re.search(r"quarkus\.http\.limits\.max-body-size=(\d+)([KMG]?)", self.props_text)
            if need and body:
                need_b = int(need.group(1)) * {"": 1, "K": 2**10, "M": 2**20, "G": 2**30}[need.group(2)]
                have = java_mem(body.rstrip("bB"))
                if have is None or have < need_b:
                    self.bad(f"Ingress: proxy-body-size {body} is below quarkus.http.limits.max-body-size {need.group(0).split('=')[1]}")
                else:
                    self.ok(f"Ingress: proxy-body-size {body} >= API max-body-size {need.group(0).split('=')[1]}")
            elif need:
                self.bad("Ingress: no nginx.ingress.kubernetes.io/proxy-body-size; imports up to the API's limit would be refused")
        for role in ("web", "api", "auth"):
            if role not in hosts:
                self.bad(f"Ingress: no host routes to the {role} service")
        if len(hosts) < 3 or not self.api or not self.web or not self.kc:
            return
        self.ok(f"Ingress: web {hosts['web']}, api {hosts['api']}, auth {hosts['auth']} (TLS on each)")
        realm = self.realm["realm"]
        env = self.api_env
        val = lambda k: env[k][1] if k in env and env[k][0] == "value" else None
        spa, api, auth = (f"https://{hosts[r]}" for r in ("web", "api", "auth"))
        checks = [
            ("Keycloak hostname.hostname", self.kc_hostname.rstrip("/"), auth),
            ("API OIDC_ISSUER", (val("OIDC_ISSUER") or "").rstrip("/"), f"{auth}/realms/{realm}"),
            ("API OIDC_URL", (val("OIDC_URL") or "").rstrip("/"),
             f"http://{self.kc_service[0]}:{self.kc_service[1]}/realms/{realm}"),
        ]
        wenv = self.env_of(self.web_container)
        wval = lambda k: wenv[k][1] if k in wenv and wenv[k][0] == "value" else None
        checks += [("web API_URL", (wval("API_URL") or "").rstrip("/"), api),
                   ("web KEYCLOAK_URL", (wval("KEYCLOAK_URL") or "").rstrip("/"), auth),
                   ("web KEYCLOAK_REALM", wval("KEYCLOAK_REALM") or "xianan", realm)]
        for what, have, want in checks:
            if have == want:
                self.ok(f"{what} = {want}")
            else:
                self.bad(f"{what} is {have!r}, want {want!r} (Ingress hosts, Keycloak resource, realm)")
        origins = [o.strip().rstrip("/") for o in (val("CORS_ORIGINS") or "").split(",") if o.strip()]
        if spa in origins:
            self.ok(f"API CORS_ORIGINS allows {spa}")
        else:
            self.bad(f"API CORS_ORIGINS {origins} lacks the web app's origin {spa}")
        client_id = wval("KEYCLOAK_CLIENT_ID") or "spa"
        client = next((c for c in self.realm.get("clients", []) if c.get("clientId") == client_id), None)
        if not client or not client.get("publicClient") or not any("${SPA_URL}" in r for r in client.get("redirectUris", [])):
            self.bad(f"web KEYCLOAK_CLIENT_ID {client_id}: not a public client of the realm redirecting to ${{SPA_URL}}")
        else:
            self.ok(f"web KEYCLOAK_CLIENT_ID {client_id}: public client redirecting to ${{SPA_URL}} (Secret xianan-realm-import)")

    def documents(self):
        rel_dir = "backend/deploy/kubernetes"
        for doc in ("README.md", "docs/operations.md"):
            p = os.path.join(self.root, doc)
            if not os.path.isfile(p):
                self.bad(f"{doc} is missing")
            elif rel_dir not in open(p, encoding="utf-8").read():
                self.bad(f"{doc} does not mention {rel_dir}")
            else:
                self.ok(f"{doc} mentions {rel_dir}")

    def kubectl(self):
        if not self.use_kubectl:
            return
        if not shutil.which("kubectl"):
            self.note("kubectl not on the PATH: `kubectl kustomize` not tried (the checks above do not need it)")
            return
        expect = {(d.get("kind"), d["metadata"]["name"]) for _, d in self.objects if isinstance(d, dict)}
        with tempfile.TemporaryDirectory() as tmp:
            variants = [("base", self.kdir, expect)]
            if self.components:
                copy = os.path.join(tmp, "k")
                shutil.copytree(self.kdir, copy)
                k = dict(self.kust)
                k["components"] = sorted(self.components)
                with open(os.path.join(copy, "kustomization.yaml"), "w") as f:
                    yaml.safe_dump(k, f)
                comp = {(d.get("kind"), d["metadata"]["name"]) for _, d in self.component_objects if isinstance(d, dict)}
                variants.append((f"with components {', '.join(sorted(self.components))}", copy, expect | comp))
            for label, path, want in variants:
                r = subprocess.run(["kubectl", "kustomize", path], capture_output=True, text=True)
                if r.returncode != 0:
                    self.bad(f"kubectl kustomize ({label}) fails: {r.stderr.strip().splitlines()[-1] if r.stderr.strip() else r.returncode}")
                    continue
                out = [d for d in yaml.safe_load_all(r.stdout) if d]
                got = {(d.get("kind"), d["metadata"]["name"]) for d in out}
                ns = {d["metadata"].get("namespace") for d in out if d.get("kind") != "Namespace"}
                if got != want:
                    self.bad(f"kubectl kustomize ({label}): objects differ: missing {sorted(want - got)}, extra {sorted(got - want)}")
                elif self.kust.get("namespace") and ns != {self.kust["namespace"]}:
                    self.bad(f"kubectl kustomize ({label}): namespaces {ns}")
                else:
                    imgs = sorted({c["image"] for d in out if d.get("kind") == "Deployment" for c in self.containers(d)})
                    self.ok(f"kubectl kustomize ({label}): {len(out)} objects in namespace {self.kust.get('namespace')}, images {', '.join(imgs)}")

    def run(self):
        if not self.load():
            return
        self.structure()
        if any("does not parse" in p or "lacks apiVersion" in p for p in self.problems):
            return
        self.kustomization()
        self.application_properties()
        self.workloads()
        self.services()
        self.api_checks()
        self.api_env_checks()
        self.databases()
        self.keycloak()
        self.realm_import()
        self.secret_refs()
        self.ingress_and_hosts()
        self.documents()
        self.kubectl()


def run_check(kdir, root, use_kubectl=True):
    c = Check(kdir, root, use_kubectl)
    try:
        c.run()
    except Exception as e:  # a manifest so broken that a check trips over it is a failure, not a crash
        c.bad(f"check aborted on a malformed manifest: {type(e).__name__}: {e}")
    return c


# ---------------------------------------------------------------------------------------------
# Self-test: each break of a copy of the manifests must be caught (the check can fail).
BREAKS = [
    ("syntax error", "api.yaml", "  replicas: 2", "  replicas: [2"),
    ("Service targetPort names no container port", "api.yaml", "      targetPort: http", "      targetPort: web"),
    ("readiness probe on a wrong path", "api.yaml", "path: /q/health/ready", "path: /q/health/readiness"),
    ("probe on a port the container lacks", "api.yaml", "              path: /q/health/live\n              port: http",
     "              path: /q/health/live\n              port: 9000"),
    ("selector no longer matches the pod labels", "api.yaml",
     "  selector:\n    matchLabels:\n      app.kubernetes.io/name: xianan-api\n  strategy",
     "  selector:\n    matchLabels:\n      app.kubernetes.io/name: xianan-backend\n  strategy"),
    ("image the Dockerfiles do not build", "api.yaml", "image: xianan-api", "image: xianan-backend"),
    ("writable root file system", "api.yaml", "readOnlyRootFilesystem: true", "readOnlyRootFilesystem: false"),
    ("unknown field (typo)", "api.yaml", "          imagePullPolicy: IfNotPresent", "          imagePullPolicy: IfNotPresent\n          imagePulPolicy: Always"),
    ("env name application.properties does not read", "api-config.yaml", "  HTTP_PORT: \"8080\"", "  HTTP_PORT: \"8080\"\n  DB_PASWORD_FILE: /run/x"),
    ("production setting missing", "api-config.yaml", "  OIDC_URL: http://keycloak-service:8080/realms/xianan\n", ""),
    ("DB_URL not at the CloudNativePG primary", "api-config.yaml", "xianan-db-rw:5432", "xianan-db-ro:5432"),
    ("unquoted ConfigMap value", "api-config.yaml", "LOG_JSON: \"true\"", "LOG_JSON: true"),
    ("issuer host differs from the Ingress", "api-config.yaml", "OIDC_ISSUER: https://auth.reform", "OIDC_ISSUER: https://sso.reform"),
    ("web env name the image does not read", "web.yaml", "- name: KEYCLOAK_URL", "- name: KEYCLOAK_BASE_URL"),
    ("realm import stale", "keycloak-realm-import.yaml", "sslRequired: external", "sslRequired: none"),
    ("Ingress backend Service does not exist", "ingress.yaml", "                name: xianan-web\n", "                name: xianan-webapp\n"),
    ("backup object store does not exist", "database.yaml", "barmanObjectName: xianan-backups", "barmanObjectName: backups"),
]


def self_test(kdir, root):
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        base = os.path.join(tmp, "clean")
        shutil.copytree(kdir, base)
        c = run_check(base, root, use_kubectl=False)
        if c.problems:
            print("  SELF-TEST the unbroken copy fails:", c.problems[:3], file=sys.stderr)
            failures += 1
        for i, (what, f, old, new) in enumerate(BREAKS):
            d = os.path.join(tmp, f"break{i}")
            shutil.copytree(kdir, d)
            p = os.path.join(d, f)
            text = open(p, encoding="utf-8").read()
            if old not in text:
                print(f"  SELF-TEST break '{what}': '{old[:40]}' not found in {f} (update BREAKS)", file=sys.stderr)
                failures += 1
                continue
            open(p, "w", encoding="utf-8").write(text.replace(old, new, 1))
            c = run_check(d, root, use_kubectl=False)
            if c.problems:
                print(f"  caught   {what} ({f}): {c.problems[0]}")
            else:
                print(f"  SELF-TEST break '{what}' in {f} was NOT caught", file=sys.stderr)
                failures += 1
    print(f"check-kubernetes self-test: {len(BREAKS) - failures if failures <= len(BREAKS) else 0} of {len(BREAKS)} breaks caught"
          + ("" if not failures else f", {failures} failure(s)"))
    return failures == 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dir", default=KUBE_DIR)
    ap.add_argument("--self-test", action="store_true")
    ap.add_argument("--no-kubectl", action="store_true")
    a = ap.parse_args()
    print(f"check-kubernetes: {os.path.relpath(a.dir, ROOT)}")
    c = run_check(os.path.abspath(a.dir), ROOT, use_kubectl=not a.no_kubectl)
    for m in c.oks:
        print("  ok       " + m)
    for m in c.notes:
        print("  note     " + m)
    for m in c.problems:
        print("  MISMATCH " + m, file=sys.stderr)
    print(f"check-kubernetes: {len(c.oks)} ok, {len(c.notes)} note(s), {len(c.problems)} mismatch(es)")
    good = not c.problems
    if a.self_test:
        good = self_test(os.path.abspath(a.dir), ROOT) and good
    return 0 if good else 1


if __name__ == "__main__":
    sys.exit(main())
