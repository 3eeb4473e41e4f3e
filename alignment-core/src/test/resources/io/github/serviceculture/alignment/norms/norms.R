# Reference values for io.github.serviceculture.alignment.norms (NormTest): percentiles, percentile
# ranks and quartiles of fixed organization scores, by base R only.
#
#   Rscript norms.R        (from this folder; writes norms-expected.csv)
#
# Each case is a vector of organization-level scores on 0 to 100 (a few with ties, one with every score
# equal, one of 10 organizations, the library's default minimum). For each: the 101 percentiles of
# quantile(type = 7, R's default), and for probe scores (below, at and between percentiles, above) the
# percentile rank approx(q, 0:100, ties = max, yleft = 0, yright = 100) and the quartile
# findInterval(s, q[c(26, 51, 76)]) + 1. When every percentile is equal, approx has nothing to interpolate:
# the rank is 0 below that score and 100 at or above it.
set.seed(20261204)
cases <- list(
  uniform49 = round(runif(49, 20, 95), 2),
  ties37 = sample(c(50, 55, 60, 62.5, 70, 75, 80), 37, replace = TRUE),
  ten = c(41.5, 48, 52.25, 55, 58.75, 61, 66.5, 70, 74.25, 88),
  equal12 = rep(64, 12)
)
rows <- list()
for (name in names(cases)) {
  x <- cases[[name]]
  q <- quantile(x, probs = 0:100 / 100, type = 7, names = FALSE)
  for (k in 0:100) {
    rows[[length(rows) + 1]] <- data.frame(case = name, kind = "percentile", x = k, value = q[k + 1])
  }
  probes <- sort(unique(c(0, 100, min(x) - 1, max(x) + 1, q[c(1, 11, 26, 50, 51, 52, 76, 90, 101)],
                          (q[-1] + q[-101]) / 2, x)))
  probes <- probes[probes >= 0 & probes <= 100]
  for (s in probes) {
    rank <- if (length(unique(q)) == 1) (if (s < q[1]) 0 else 100) else
      approx(q, 0:100, xout = s, ties = max, yleft = 0, yright = 100)$y
    quartile <- findInterval(s, q[c(26, 51, 76)]) + 1
    rows[[length(rows) + 1]] <- data.frame(case = name, kind = "rank", x = s, value = rank)
    rows[[length(rows) + 1]] <- data.frame(case = name, kind = "quartile", x = s, value = quartile)
  }
  for (v in x) {
    rows[[length(rows) + 1]] <- data.frame(case = name, kind = "score", x = v, value = NA)
  }
}
out <- do.call(rbind, rows)
write.csv(out, "norms-expected.csv", row.names = FALSE)
cat(R.version.string, "\n")
