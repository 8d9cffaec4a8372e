#!/usr/bin/env bash
# Demo petitions: drafts written and submitted through the petitions API by the demo citizens, and
# signatures on every petition that moderation has already approved. Harmless when run again: a
# petition whose title its author already has is not created twice, and signing is idempotent.
set -euo pipefail
source "${DAUYS_ROOT:-.}/deploy/demo/lib.sh"
dauys_service_up petitions || exit 0

API=$DAUYS_SERVICE_PETITIONS_URL/api/petitions
PASSWORD=${DAUYS_DEMO_PASSWORD:-dauys-demo}

# petition AUTHOR TITLE_RU TITLE_KK TEXT_RU TOPIC LEVEL BODY CODE TERRITORY
petition() {
  local author=$1 title_ru=$2 title_kk=$3 text_ru=$4 topic=$5 level=$6 body=$7 code=$8 territory=$9
  local token mine draft created id
  token=$(dauys_token "$author" "$PASSWORD")
  mine=$(dauys_api GET "$API/mine" "$token")
  if printf '%s' "$mine" | grep -qF "\"ru\":\"$title_ru\""; then
    return 0
  fi
  draft=$(cat <<JSON
{"title":{"ru":"$title_ru","kk":"$title_kk"},
 "text":{"ru":"$text_ru"},
 "requestedAction":{"ru":"Рассмотреть и принять решение в установленный законом срок."},
 "topic":"$topic",
 "addressee":{"level":"$level","body":"$body","code":${code:+\"$code\"}${code:-null},"territoryCode":${territory:+\"$territory\"}${territory:-null}}}
JSON
)
  created=$(dauys_api POST "$API" "$token" "$draft")
  id=$(dauys_json_field "$created" id)
  dauys_api POST "$API/$id/submission" "$token" >/dev/null
  echo "petitions: '$title_ru' by $author submitted to moderation ($id)"
}

petition aigerim "Освещение пешеходных переходов на проспекте Аль-Фараби" "Әл-Фараби даңғылындағы жаяу жүргінші өткелдерін жарықтандыру" \
  "На проспекте Аль-Фараби вечером плохо видно пешеходов на нерегулируемых переходах. За последний год здесь произошло несколько наездов. Просим установить освещение и светофоры с кнопкой вызова." \
  transport REGION AKIMAT "" KZ-75
petition daniyar "Сохранить сквер у кинотеатра «Арман»" "«Арман» кинотеатры жанындағы скверді сақтау" \
  "Сквер у кинотеатра «Арман» — единственное зелёное место для прогулок в квартале. Просим не отдавать его под застройку и включить в перечень охраняемых зелёных зон города." \
  environment REGION MASLIKHAT "" KZ-75
petition olga "Отдельная полоса для автобусов на проспекте Республики" "Республика даңғылында автобустарға арналған жеке жолақ" \
  "Автобусы на проспекте Республики часами стоят в пробках вместе с машинами. Выделенная полоса сократит время в пути для десятков тысяч жителей Астаны." \
  transport REGION AKIMAT "" KZ-71
petition nurlan "Бесплатные учебники для всех школьников" "Барлық оқушыларға тегін оқулықтар" \
  "Родители по всей стране тратят значительные суммы на учебники и рабочие тетради. Просим обеспечить всех школьников полным комплектом учебников за счёт государства." \
  education CENTRAL CENTRAL_BODY MIN_EDUCATION ""
petition aigerim "Доступная среда в поликлиниках для людей с инвалидностью" "Мүгедектігі бар адамдар үшін емханалардағы қолжетімді орта" \
  "Во многих поликлиниках нет пандусов и лифтов, а регистратура находится на втором этаже. Просим провести аудит доступности и установить сроки переоборудования." \
  human_rights CENTRAL CENTRAL_BODY MIN_HEALTH ""

# Signatures on whatever moderation has approved so far (a later run catches petitions approved since):
# the demo authors' petitions (also those still gathering early backers, reachable only by link) and
# every listed one. Refusals (not approved yet, not a resident) are expected and ignored.
ids=$(curl -fsS "$API?size=100&state=open,under_consideration" | grep -o '"id":"[0-9a-f-]\{36\}"' | cut -d'"' -f4 || true)
for author in aigerim daniyar olga nurlan; do
  token=$(dauys_token "$author" "$PASSWORD")
  ids="$ids $(dauys_api GET "$API/mine" "$token" | grep -o '"id":"[0-9a-f-]\{36\}","number"' | cut -d'"' -f4 || true)"
done
ids=$(printf '%s\n' $ids | sort -u)
for user in aigerim daniyar olga nurlan moderator1 moderator2 admin; do
  token=$(dauys_token "$user" "$PASSWORD")
  for id in $ids; do
    dauys_api POST "$API/$id/signatures" "$token" >/dev/null 2>&1 || true
  done
done
echo "petitions: demo data loaded"
