# Checks the reference pipeline's numbers (score.R) against those of `alignment batch`.
#
#   Rscript compare.R R.csv DIMENSIONS.csv ICC.csv [TOLERANCE]
#
# R.csv:          the output of score.R (a sample of organizations).
# DIMENSIONS.csv: the batch's dimensions.csv (perception_score, respondents, alpha, rwg_j).
# ICC.csv:        organization,dimension,groups,icc1,icc2 of the level groups, taken from the batch's
#                 JSON reports (run.sh extracts them with jq).
# Each statistic must agree to TOLERANCE (default 1e-9) relative: |a - b| <= tol * max(|a|, |b|, 1e-3);
# undefined (NA / empty) must match undefined. Prints one line per statistic; exits 1 on a mismatch.

args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 3) {
  stop("usage: Rscript compare.R R.csv DIMENSIONS.csv ICC.csv [TOLERANCE]")
}
tol <- if (length(args) >= 4) as.numeric(args[4]) else 1e-9
ref <- read.csv(args[1], stringsAsFactors = FALSE, colClasses = c(organization = "character"))
ours <- read.csv(args[2], stringsAsFactors = FALSE, colClasses = c(organization = "character"))
icc <- read.csv(args[3], stringsAsFactors = FALSE, header = FALSE,
                col.names = c("organization", "dimension", "groups", "icc1", "icc2"),
                colClasses = c("character", "character", "integer", "numeric", "numeric"))

key <- function(d) paste(d$organization, d$dimension, sep = "\r")
ours_at <- match(key(ref), key(ours))
if (anyNA(ours_at)) {
  stop(sum(is.na(ours_at)), " organization x dimension rows of the R output are missing from ", args[2])
}
ours <- ours[ours_at, ]
icc_at <- match(key(ref), key(icc))  # NA where the batch reported no level ICC (fewer than 2 levels shown)

failed <- FALSE
check <- function(name, r, o) {
  both_na <- is.na(r) & is.na(o)
  one_na <- xor(is.na(r), is.na(o))
  scale <- pmax(abs(r), abs(o), 1e-3)
  rel <- ifelse(is.na(r) | is.na(o), 0, abs(r - o) / scale)
  bad <- one_na | rel > tol
  cat(sprintf("  %-12s %6d compared, %4d undefined in both, max relative difference %.2e: %s\n", name,
              sum(!is.na(r) & !is.na(o)), sum(both_na), max(rel), if (any(bad)) "MISMATCH" else "agree"))
  if (any(bad)) {
    i <- which(bad)[1]
    cat(sprintf("    first: %s %s R=%s ours=%s\n", ref$organization[i], ref$dimension[i], r[i], o[i]))
    failed <<- TRUE
  }
}
cat(sprintf("R vs alignment batch on %d organizations x %d dimensions (tolerance %g relative):\n",
            length(unique(ref$organization)), length(unique(ref$dimension)), tol))
check("respondents", ref$n, ours$respondents)
check("score", ref$score, ours$perception_score)
check("alpha", ref$alpha, ours$alpha)
check("rwg_j", ref$rwg_j, ours$rwg_j)
check("level groups", ref$level_groups, ifelse(is.na(icc_at), 0, icc$groups[icc_at]))
check("icc1 (level)", ref$icc1_level, icc$icc1[icc_at])
check("icc2 (level)", ref$icc2_level, icc$icc2[icc_at])
if (failed) quit(status = 1)
