# The reference pipeline of the end-to-end comparison: the per-organization statistics of
# `alignment batch`, computed with R's psych and multilevel packages.
#
#   Rscript score.R SURVEY.csv ITEMS.csv OUT.csv
#
# SURVEY.csv: the batch layout (organization,respondent,level,department,customerFacing,<items>).
# ITEMS.csv:  item,dimension,reversed,scale_item (written by SurveyCsvGenerator --items).
# OUT.csv:    one row per organization and dimension: n, score (0-100), alpha, rwg_j, and ICC(1),
#             ICC(2) of the dimension score by level.
#
# What it does, per organization and dimension, as the library's PerceptionScorer does:
#  - reverse-keys the keyed items with the scale's nominal ends: x' = min + max - x (1-5: 6 - x);
#  - keeps the respondents who answered at least half of the dimension's items; their score is the
#    mean of their keyed answers, and the dimension score is 100 (mean score - min) / (max - min);
#  - alpha: psych::alpha(keyed items, check.keys = FALSE)$total$raw_alpha (pairwise covariances);
#  - rwg(j): multilevel::rwg.j(keyed items, one group, ranvar = 2), the variance of a uniform null
#    on 5 options ((5^2 - 1) / 12), listwise within the organization;
#  - ICC(1), ICC(2): multilevel::ICC1 / ICC2 on aov(score ~ as.factor(level)) over the levels that
#    may be reported: a level with fewer than 5 scored respondents is hidden, and if exactly one
#    unit is hidden (respondents without a level count as one) the smallest shown level is hidden
#    too; with fewer than two levels left the ICCs are NA.
# Prints "timing: read=<s> compute=<s> organizations=<n>" on stderr.

suppressPackageStartupMessages({
  library(psych)
  library(multilevel)
})

args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 3) {
  stop("usage: Rscript score.R SURVEY.csv ITEMS.csv OUT.csv")
}
LOWEST <- 1
HIGHEST <- 5
RANVAR <- ((HIGHEST - LOWEST + 1)^2 - 1) / 12
THRESHOLD <- 5
MIN_SHARE <- 0.5
LEVELS <- c("EXECUTIVE", "MANAGER", "SUPERVISOR", "FRONTLINE")

started <- proc.time()[["elapsed"]]
items <- read.csv(args[2], stringsAsFactors = FALSE)
items <- items[items$scale_item, ]
survey <- read.csv(args[1], na.strings = c("", "NA"), stringsAsFactors = FALSE, check.names = FALSE,
                   colClasses = c(organization = "character", respondent = "character", level = "character",
                                  department = "character", customerFacing = "character"))
read_done <- proc.time()[["elapsed"]]

dimensions <- unique(items$dimension)
columns <- lapply(dimensions, function(d) items$item[items$dimension == d])
reversed <- lapply(dimensions, function(d) items$reversed[items$dimension == d])

# The levels whose figures may be shown, as the library's anonymity rule decides.
shown_levels <- function(level) {
  counts <- table(factor(level, levels = LEVELS))
  without <- sum(is.na(level))
  shown <- counts >= THRESHOLD
  hidden_units <- (without > 0) + sum(!shown & counts > 0)
  if (hidden_units == 1 && any(shown)) {
    smallest <- which(shown)[which.min(counts[shown])]
    shown[smallest] <- FALSE
  }
  names(counts)[shown]
}

score_organization <- function(org) {
  rows <- vector("list", length(dimensions))
  for (j in seq_along(dimensions)) {
    x <- as.matrix(org[, columns[[j]]])
    storage.mode(x) <- "double"
    x[, reversed[[j]]] <- LOWEST + HIGHEST - x[, reversed[[j]]]
    answered <- rowSums(!is.na(x))
    keep <- answered > 0 & answered >= MIN_SHARE * ncol(x) - 1e-9
    x <- x[keep, , drop = FALSE]
    score <- rowMeans(x, na.rm = TRUE)
    n <- nrow(x)
    alpha <- if (n >= 2) {
      tryCatch(psych::alpha(x, check.keys = FALSE, warnings = FALSE)$total$raw_alpha, error = function(e) NA)
    } else NA
    rwg <- if (n >= 2) multilevel::rwg.j(x, rep(1, n), ranvar = RANVAR)$rwg.j[1] else NA
    level <- org$level[keep]
    shown <- shown_levels(level)
    icc1 <- NA
    icc2 <- NA
    if (length(shown) >= 2) {
      sel <- !is.na(level) & level %in% shown
      model <- aov(score[sel] ~ as.factor(level[sel]))
      icc1 <- multilevel::ICC1(model)
      icc2 <- multilevel::ICC2(model)
    }
    rows[[j]] <- data.frame(organization = org$organization[1], dimension = dimensions[j], n = n,
                            score = 100 * (mean(score) - LOWEST) / (HIGHEST - LOWEST),
                            alpha = alpha, rwg_j = rwg, icc1_level = icc1, icc2_level = icc2,
                            level_groups = length(shown), stringsAsFactors = FALSE)
  }
  do.call(rbind, rows)
}

# Organizations in order of first appearance, as the batch writes them.
by_org <- split(survey, factor(survey$organization, levels = unique(survey$organization)))
result <- do.call(rbind, lapply(by_org, score_organization))
done <- proc.time()[["elapsed"]]
write.csv(result, args[3], row.names = FALSE, na = "")
message(sprintf("timing: read=%.3f compute=%.3f organizations=%d", read_done - started, done - read_done,
                length(by_org)))
