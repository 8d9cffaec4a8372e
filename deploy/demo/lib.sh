# shellcheck shell=bash
# Helpers for the demo-data scripts of deploy/demo/ (see README.md). Sourced, never run; needs curl.

DAUYS_OIDC_URL=${DAUYS_OIDC_URL:-http://127.0.0.1:8180/realms/dauys}
DAUYS_KEYCLOAK_URL=${DAUYS_KEYCLOAK_URL:-${DAUYS_OIDC_URL%/realms/*}}

# dauys_json_field JSON FIELD: a top-level string or number field of a JSON object.
dauys_json_field() {
  printf '%s' "$1" | sed -n "s/.*\"$2\"[[:space:]]*:[[:space:]]*\"\{0,1\}\([^\",}]*\).*/\1/p" | head -1
}

# dauys_token USER PASSWORD: an access token of a dauys realm user (password grant, client dauys-cli).
dauys_token() {
  local response token
  response=$(curl -sS --max-time 30 -d grant_type=password -d client_id=dauys-cli \
    --data-urlencode "username=$1" --data-urlencode "password=$2" \
    "$DAUYS_OIDC_URL/protocol/openid-connect/token") || return 1
  token=$(dauys_json_field "$response" access_token)
  if [ -z "$token" ]; then
    echo "Keycloak refused a token for $1: $response" >&2
    return 1
  fi
  printf '%s\n' "$token"
}

# dauys_admin_token: a token of the master realm's admin, for Keycloak's admin API.
dauys_admin_token() {
  local response token
  response=$(curl -sS --max-time 30 -d grant_type=password -d client_id=admin-cli \
    -d username=admin -d password=admin "$DAUYS_KEYCLOAK_URL/realms/master/protocol/openid-connect/token") || return 1
  token=$(dauys_json_field "$response" access_token)
  if [ -z "$token" ]; then
    echo "Keycloak refused the master admin token: $response" >&2
    return 1
  fi
  printf '%s\n' "$token"
}

# dauys_api METHOD URL TOKEN [JSON]: prints the body; 0 on 2xx, 4 on 409, else 1 (status and body on stderr).
dauys_api() {
  local method=$1 url=$2 token=$3 body=${4:-} out status
  out=$(mktemp)
  local args=(-sS --max-time 60 -o "$out" -w '%{http_code}' -X "$method" -H "Authorization: Bearer $token"
    -H 'Accept: application/json')
  if [ -n "$body" ]; then
    args+=(-H 'Content-Type: application/json' --data-binary "$body")
  fi
  status=$(curl "${args[@]}" "$url") || status=000
  cat "$out"
  case "$status" in
    2??) rm -f "$out"; return 0 ;;
    409) rm -f "$out"; return 4 ;;
  esac
  echo "$method $url answered HTTP $status: $(cat "$out")" >&2
  rm -f "$out"
  return 1
}

# dauys_service_up NAME: the service answers /q/health/ready.
dauys_service_up() {
  local var
  var="DAUYS_SERVICE_$(printf '%s' "$1" | tr '[:lower:]' '[:upper:]')_URL"
  [ -n "${!var:-}" ] && curl -fsS -o /dev/null --max-time 5 "${!var}/q/health/ready"
}
