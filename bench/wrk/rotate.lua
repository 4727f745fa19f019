-- Sends GET requests for the paths listed one a line in the file that the
-- environment variable BENCH_PATHS names. Each wrk thread starts at a
-- different line and cycles through the list, so a run reads many rows.
local paths = {}
local counter = 0
local threads = 0

function setup(thread)
  thread:set("offset", threads * 7919)
  threads = threads + 1
end

function init(args)
  local file = assert(io.open(os.getenv("BENCH_PATHS"), "r"))
  for line in file:lines() do
    if #line > 0 then
      paths[#paths + 1] = line
    end
  end
  file:close()
  assert(#paths > 0, "BENCH_PATHS lists no paths")
  counter = (offset or 0) % #paths
end

function request()
  counter = counter % #paths + 1
  return wrk.format("GET", paths[counter])
end

-- Prints one machine-readable line after the run: requests/s, p50 and p99 in
-- milliseconds, and the number of non-2xx/3xx responses and socket errors.
function done(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.2f %.2f %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000,
    latency:percentile(99) / 1000,
    errors))
end
