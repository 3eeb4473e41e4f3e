# Reference values for the CLI's --tables full (PsychometricTablesTest), computed by R on the shared
# reference data. Run from the repository root after a change of the data or of the packages:
#
#   Rscript alignment-cli/src/test/reference/psychometrics.R /work/shared/reference \
#     > alignment-cli/src/test/reference/psychometrics.csv
#
# Three batches, as the test builds them from the same files:
#   lq2002: each company (COMPID) an organization, LEAD01-LEAD11 one dimension on 1-5, no missing answers;
#   lq2002-LEAD05: the same companies with LEAD05 alone, a single-item measure;
#   bfi:    each gender an organization, agree (-A1 A2 A3 A4 A5) and conscientious (C1 C2 C3 -C4 -C5) two
#           dimensions on 1-6, with missing answers.
# The engine's figures rest on the respondents with a dimension score (at least half of its items answered),
# so each organization's rows are restricted to those first. Reliability and items: psych::alpha with its
# default pairwise deletion, on the reverse-keyed answers (7 - x), so item means are keyed. Agreement:
# multilevel's functions on the complete rows, with the uniform null of the scale (ranvar (A^2 - 1) / 12).
# Output: one line per value, 17 significant digits. psych warns that it smoothed the correlation matrix of the
# four lq2002 companies with no more soldiers than items (10 or 11): their G6 and r.cor come from the smoothed
# matrix, which the library does not reproduce (SINGULAR_MATRIX there; the test checks that instead).
suppressPackageStartupMessages({
  library(psych)
  library(multilevel)
})
args <- commandArgs(trailingOnly = TRUE)
dir <- if (length(args) > 0) args[1] else "../shared/reference"
out <- data.frame()
emit <- function(dataset, organization, dimension, item, statistic, value) {
  out <<- rbind(out, data.frame(dataset = dataset, organization = organization, dimension = dimension,
    item = item, statistic = statistic, value = sprintf("%.17g", value)))
}
one <- function(dataset, organization, dimension, x, low, high) {
  answered <- rowSums(!is.na(x))
  x <- x[answered >= ncol(x) / 2, , drop = FALSE]
  a <- psych::alpha(x, warnings = FALSE)
  emit(dataset, organization, dimension, "", "n", nrow(x))
  emit(dataset, organization, dimension, "", "raw_alpha", a$total$raw_alpha)
  emit(dataset, organization, dimension, "", "std.alpha", a$total$std.alpha)
  emit(dataset, organization, dimension, "", "G6(smc)", a$total[["G6(smc)"]])
  emit(dataset, organization, dimension, "", "average_r", a$total$average_r)
  emit(dataset, organization, dimension, "", "median_r", a$total$median_r)
  emit(dataset, organization, dimension, "", "S/N", a$total[["S/N"]])
  emit(dataset, organization, dimension, "", "feldt.lower", a$feldt$lower.ci)
  emit(dataset, organization, dimension, "", "feldt.upper", a$feldt$upper.ci)
  for (i in seq_len(ncol(x))) {
    item <- colnames(x)[i]
    emit(dataset, organization, dimension, item, "n", a$item.stats$n[i])
    emit(dataset, organization, dimension, item, "missing", 1 - a$item.stats$n[i] / nrow(x))
    emit(dataset, organization, dimension, item, "mean", a$item.stats$mean[i])
    emit(dataset, organization, dimension, item, "sd", a$item.stats$sd[i])
    emit(dataset, organization, dimension, item, "raw.r", a$item.stats$raw.r[i])
    emit(dataset, organization, dimension, item, "r.cor", a$item.stats$r.cor[i])
    emit(dataset, organization, dimension, item, "r.drop", a$item.stats$r.drop[i])
    emit(dataset, organization, dimension, item, "alpha.drop", a$alpha.drop$raw_alpha[i])
  }
  complete <- na.omit(x)
  grp <- rep(1, nrow(complete))
  options <- high - low + 1
  emit(dataset, organization, dimension, "", "rwg.j.lindell",
    multilevel::rwg.j.lindell(complete, grp, ranvar = (options^2 - 1) / 12)$rwg.lindell)
  emit(dataset, organization, dimension, "", "ad.m.median", multilevel::ad.m(complete, grp, type = "median")$AD.M)
  emit(dataset, organization, dimension, "", "awg", multilevel::awg(complete, grp, range = c(low, high))$a.wg)
}

lq <- read.csv(file.path(dir, "lq2002.csv"))
lead <- sprintf("LEAD%02d", 1:11)
for (company in unique(lq$COMPID)) {
  one("lq2002", paste("company", company), "LEADERSHIP", lq[lq$COMPID == company, lead], 1, 5)
}

# A single-item measure: lq2002's LEAD05 alone. No reliability; rwg(j) is multilevel::rwg of the item, r*wg(j) the
# same without its truncation at 0, and the item's mean and SD are base R's.
for (company in unique(lq$COMPID)) {
  x <- lq[lq$COMPID == company, "LEAD05", drop = FALSE]
  x <- x[!is.na(x$LEAD05), , drop = FALSE]
  grp <- rep(1, nrow(x))
  organization <- paste("company", company)
  emit("lq2002-LEAD05", organization, "LEADERSHIP", "", "n", nrow(x))
  emit("lq2002-LEAD05", organization, "LEADERSHIP", "", "rwg", multilevel::rwg(x$LEAD05, grp, ranvar = 2)$rwg)
  # rwg.j.lindell refuses a single column (nrow of a vector is NULL): its formula, 1 - mean variance / ranvar,
  # is written out for the one item.
  emit("lq2002-LEAD05", organization, "LEADERSHIP", "", "rwg.j.lindell", 1 - var(x$LEAD05) / 2)
  emit("lq2002-LEAD05", organization, "LEADERSHIP", "", "ad.m.median",
    multilevel::ad.m(x$LEAD05, grp, type = "median")$AD.M)
  emit("lq2002-LEAD05", organization, "LEADERSHIP", "", "awg", multilevel::awg(x$LEAD05, grp, range = c(1, 5))$a.wg)
  emit("lq2002-LEAD05", organization, "LEADERSHIP", "LEAD05", "n", nrow(x))
  emit("lq2002-LEAD05", organization, "LEADERSHIP", "LEAD05", "mean", mean(x$LEAD05))
  emit("lq2002-LEAD05", organization, "LEADERSHIP", "LEAD05", "sd", sd(x$LEAD05))
}

bfi <- read.csv(file.path(dir, "bfi.csv"))
keyed <- bfi
for (item in c("A1", "C4", "C5")) keyed[[item]] <- 7 - keyed[[item]]
for (gender in sort(unique(bfi$gender))) {
  rows <- keyed[keyed$gender == gender, ]
  one("bfi", paste("gender", gender), "EMPOWERMENT", rows[, c("A1", "A2", "A3", "A4", "A5")], 1, 6)
  one("bfi", paste("gender", gender), "TRAINING", rows[, c("C1", "C2", "C3", "C4", "C5")], 1, 6)
}
write.csv(out, stdout(), row.names = FALSE, quote = TRUE)
