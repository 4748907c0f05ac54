-- wrk: a visitor mix for the soak test (benchmarks/soak.sh). Each request is a path drawn at random from the file
-- named by SOAK_URLS (one path a line, repeated by weight); done() prints the counts the summary reads.
local paths = {}

function init(args)
    for line in io.lines(os.getenv("SOAK_URLS")) do
        paths[#paths + 1] = line
    end
    math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)"), 16) % 100000)
end

function request()
    return wrk.format("GET", paths[math.random(#paths)])
end

function done(summary, latency, requests)
    local e = summary.errors
    io.write(string.format("requests=%d\nnon_2xx_3xx=%d\nsocket_errors=%d\nconnect=%d read=%d write=%d timeout=%d\n",
        summary.requests, e.status, e.connect + e.read + e.write + e.timeout, e.connect, e.read, e.write, e.timeout))
    io.write(string.format("latency_p50_ms=%.1f\nlatency_p99_ms=%.1f\nlatency_max_ms=%.1f\n",
        latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
