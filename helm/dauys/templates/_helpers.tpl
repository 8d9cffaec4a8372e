{{/*
Names, labels and the per-component values every template shares. Templates iterate over the
enabled entries of .Values.services through "dauys.components"; nothing is written per service.
*/}}

{{- define "dauys.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "dauys.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "dauys.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Labels of every object of the release. */}}
{{- define "dauys.labels" -}}
helm.sh/chart: {{ include "dauys.chart" . }}
app.kubernetes.io/part-of: dauys
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{/* Labels that select the pods of every component of the release. */}}
{{- define "dauys.releaseSelectorLabels" -}}
app.kubernetes.io/part-of: dauys
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
A component's context: dict "root" $ "name" <component> "spec" <its values>.
*/}}
{{- define "dauys.componentFullname" -}}
{{- printf "%s-%s" (include "dauys.fullname" .root) .name | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "dauys.componentSelectorLabels" -}}
{{ include "dauys.releaseSelectorLabels" .root }}
app.kubernetes.io/name: {{ .name }}
{{- end }}

{{- define "dauys.componentLabels" -}}
{{ include "dauys.labels" .root }}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/component: {{ ternary "frontend" "service" (.spec.public | default false) }}
{{- end }}

{{/* The enabled components, as a list of component contexts sorted by name (YAML-encoded). */}}
{{- define "dauys.components" -}}
{{- $root := . }}
{{- $list := list }}
{{- range $name := keys .Values.services | sortAlpha }}
{{- $spec := get $root.Values.services $name }}
{{- if $spec.enabled }}
{{- $list = append $list $name }}
{{- end }}
{{- end }}
{{- toJson $list }}
{{- end }}

{{- define "dauys.image" -}}
{{- $image := .root.Values.image }}
{{- $tag := default .root.Chart.AppVersion $image.tag }}
{{- if $image.registry }}
{{- printf "%s/%s/%s:%s" $image.registry $image.repositoryPrefix .name $tag }}
{{- else }}
{{- printf "%s/%s:%s" $image.repositoryPrefix .name $tag }}
{{- end }}
{{- end }}

{{- define "dauys.databaseHost" -}}
{{- if .Values.cloudnativepg.enabled }}
{{- printf "%s-rw" .Values.cloudnativepg.clusterName }}
{{- else }}
{{- .Values.database.host }}
{{- end }}
{{- end }}

{{- define "dauys.kafkaBootstrapServers" -}}
{{- if .Values.strimzi.enabled }}
{{- printf "%s-kafka-bootstrap:9092" .Values.strimzi.clusterName }}
{{- else }}
{{- .Values.kafka.bootstrapServers }}
{{- end }}
{{- end }}

{{- define "dauys.jdbcUrl" -}}
{{- $root := .root }}
{{- $url := printf "jdbc:postgresql://%s:%v/%s" (include "dauys.databaseHost" $root) $root.Values.database.port .spec.database }}
{{- if $root.Values.database.jdbcParameters }}
{{- printf "%s?%s" $url $root.Values.database.jdbcParameters }}
{{- else }}
{{- $url }}
{{- end }}
{{- end }}

{{- define "dauys.commonConfigName" -}}
{{- printf "%s-common" (include "dauys.fullname" .) }}
{{- end }}

{{- define "dauys.iinHashKeySecretName" -}}
{{- printf "%s-iin-hash-key" (include "dauys.fullname" .) }}
{{- end }}

{{- define "dauys.portalOidcSecretName" -}}
{{- printf "%s-portal-oidc" (include "dauys.fullname" .) }}
{{- end }}

{{/* Component context -> the Secret holding its database username and password. */}}
{{- define "dauys.databaseSecretName" -}}
{{- printf "%s-db" (include "dauys.componentFullname" .) }}
{{- end }}

{{/* The database role of a component: its database name (dauys_petitions ...). */}}
{{- define "dauys.databaseRole" -}}
{{- .spec.database }}
{{- end }}

{{/* NetworkPolicy egress rule: dict "peers" <list> "ports" <list of TCP ports>. */}}
{{- define "dauys.egressRule" -}}
- to:
{{ toYaml .peers | indent 4 }}
  ports:
{{- range .ports }}
    - protocol: TCP
      port: {{ . }}
{{- end }}
{{- end }}

{{/* A NetworkPolicy peer matching the portal and services of this release (not operator pods). */}}
{{- define "dauys.releasePeer" -}}
podSelector:
  matchLabels:
    {{- include "dauys.releaseSelectorLabels" . | nindent 4 }}
  matchExpressions:
    - key: app.kubernetes.io/component
      operator: In
      values: [frontend, service]
{{- end }}
