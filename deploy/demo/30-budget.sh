#!/usr/bin/env bash
# Demo data of the budget service: a participatory-budget cycle of Bostandyk district with residents'
# proposals (they go to moderation), and a real past vote (Warszawa 2017, Anin) replayed from its
# pabulib file so the results page has figures to show. Harmless when run again: it looks before creating.
set -euo pipefail
source "$DAUYS_ROOT/deploy/demo/lib.sh"
dauys_service_up budget || exit 0

api=$DAUYS_SERVICE_BUDGET_URL/api/budget
password=${DAUYS_DEMO_PASSWORD:-dauys-demo}
official=$(dauys_token official.bostandyk "$password")
aigerim=$(dauys_token aigerim "$password")

title_en="Demo: Bostandyk residents' budget"
cycles=$(dauys_api GET "$api/cycles?territory=KZ-75-BOSTANDYK&replay=false&size=200" "$official")
if ! printf '%s' "$cycles" | grep -q "$title_en"; then
  cycle=$(dauys_api POST "$api/cycles" "$official" "{
    \"territoryCode\": \"KZ-75-BOSTANDYK\",
    \"title\": {\"kk\": \"Демо: Бостандық тұрғындарының бюджеті\", \"ru\": \"Демо: бюджет жителей Бостандыкского района\", \"en\": \"$title_en\"},
    \"description\": {\"kk\": \"Аудан бюджетінің бір бөлігін тұрғындар өздері бөледі.\",
                      \"ru\": \"Жители сами решают, на что потратить часть бюджета района.\",
                      \"en\": \"Residents decide how to spend part of the district budget.\"},
    \"budget\": 150000000,
    \"phases\": {\"proposalsFrom\": \"$(date +%F)\", \"reviewFrom\": \"$(date -d '+30 days' +%F)\",
                 \"votingFrom\": \"$(date -d '+45 days' +%F)\", \"tallyingFrom\": \"$(date -d '+60 days' +%F)\",
                 \"resultsFrom\": \"$(date -d '+62 days' +%F)\", \"implementationFrom\": \"$(date -d '+90 days' +%F)\"},
    \"outcomeRule\": \"EQUAL_SHARES\", \"utility\": \"COST\",
    \"ballotRules\": {\"kind\": \"APPROVAL\", \"minProjects\": 1, \"maxProjects\": 5}}")
  cycle_id=$(dauys_json_field "$cycle" id)
  propose() {
    dauys_api POST "$api/cycles/$cycle_id/proposals" "$aigerim" "$1" >/dev/null
  }
  propose '{"title": "Велодорожка вдоль Есентая", "language": "ru", "category": "transport",
    "description": "Безопасная велодорожка вдоль реки Есентай от Аль-Фараби до Тимирязева, с освещением.",
    "location": {"text": "Река Есентай, от пр. Аль-Фараби до ул. Тимирязева", "latitude": 43.2203, "longitude": 76.9286},
    "estimatedCost": 60000000, "attachments": ["https://example.org/bostandyk/bike-lane-sketch.pdf"]}'
  propose '{"title": "Ойын алаңы Розыбакиев көшесінде", "language": "kk", "category": "parks",
    "description": "Розыбакиев көшесіндегі аулада балаларға арналған қауіпсіз ойын алаңы.",
    "location": {"text": "Розыбакиев к-сі, 247"}, "estimatedCost": 25000000}'
  propose '{"title": "Street lights on Zharokov street", "language": "en", "category": "safety",
    "description": "LED street lights on the dark part of Zharokov street between Timiryazev and Abay.",
    "location": {"text": "Zharokov st., Timiryazev to Abay"}, "estimatedCost": 40000000}'
fi

replays=$(dauys_api GET "$api/cycles?territory=KZ-75-BOSTANDYK&replay=true&size=200" "$official")
if ! printf '%s' "$replays" | grep -q "Replay: Warszawa Anin 2017"; then
  file="$DAUYS_ROOT/src/budget/src/test/resources/pabulib/Poland_Warszawa_2017_Anin.pb"
  status=$(curl -sS --max-time 120 -o /dev/null -w '%{http_code}' -X POST \
    -H "Authorization: Bearer $official" -H 'Content-Type: text/plain; charset=UTF-8' \
    --data-binary "@$file" "$api/replays")
  case "$status" in
    2??) ;;
    *) echo "pabulib replay import answered HTTP $status" >&2; exit 1 ;;
  esac
fi
echo "budget demo data loaded"
