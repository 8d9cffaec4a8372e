-- wrk script: each connection waits PACE_MS milliseconds between its requests (wrk's delay hook), so
-- one connection is a steady stream of readers instead of a loop that takes all the CPU it can get.
local pace = tonumber(os.getenv("PACE_MS") or "5")

function delay()
  return pace
end
