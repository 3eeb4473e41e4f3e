# Writes drivers-data.csv, the fixed data of the relative-importance (LMG) reference test.
# Base R only. Run once from this folder: Rscript drivers-data.R
# 150 respondents: six correlated dimension scores on a 0-100 range (the sixth, "noise", unrelated
# to the outcome), a real-valued outcome (about 2.5 to 6), and a few missing cells so that the reference test
# also checks listwise deletion.
set.seed(20261204)
n <- 150
common <- rnorm(n)
dims <- sapply(1:5, function(j) 50 + 12 * (0.6 * common + 0.8 * rnorm(n)))
noise <- 50 + 15 * rnorm(n)
outcome <- 3 + 0.030 * dims[, 1] + 0.020 * dims[, 2] + 0.012 * dims[, 3] + 0.006 * dims[, 4] +
  0.002 * dims[, 5] + 0.6 * rnorm(n) - 2.2
d <- data.frame(vision = dims[, 1], goals = dims[, 2], hiring = dims[, 3], training = dims[, 4],
                empowerment = dims[, 5], leadership = noise, outcome = outcome)
d$goals[c(7, 41)] <- NA
d$outcome[c(99)] <- NA
d$leadership[c(120)] <- NA
fmt <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))
out <- sapply(d, fmt)
writeLines(c(paste(names(d), collapse = ","), apply(out, 1, paste, collapse = ",")), "drivers-data.csv")
