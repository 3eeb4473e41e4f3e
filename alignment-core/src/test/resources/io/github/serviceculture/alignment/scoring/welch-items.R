# Reference values of the Welch interval of an item's change between two waves (ChangeReferenceTest).
# psych's bfi (in the shared reference folder) stands for two waves of one organization: the men
# (gender 1) as the before wave, the women (gender 2) as the after wave. The agree items A1..A5
# (A1 reverse keyed) and the conscientious items C1..C5 (C4, C5 reverse keyed) are two dimensions
# on a 1-6 scale. As the library's item results, each item counts the wave's respondents who
# answered every item of its dimension, and reverse-keyed answers x count as 7 - x. Writes each
# wave's n, mean and SD of the keyed item and R's t.test(after, before, var.equal = FALSE) at three
# levels, printed with %.17g.
# Run from this folder: Rscript welch-items.R /work/shared/reference/bfi.csv > welch-items.csv
args <- commandArgs(trailingOnly = TRUE)
bfi <- read.csv(if (length(args) > 0) args[1] else "../../../../../../../../../shared/reference/bfi.csv")
dimensions <- list(agree = c("A1", "A2", "A3", "A4", "A5"), conscientious = c("C1", "C2", "C3", "C4", "C5"))
reversed <- c("A1", "C4", "C5")
keyed <- function(rows, items) {
  complete <- rows[complete.cases(rows[, items]), items]
  for (item in intersect(items, reversed)) complete[[item]] <- 7 - complete[[item]]
  complete
}
cat(sprintf("# %s: t.test(after, before, var.equal = FALSE) on bfi items, men before, women after\n",
            R.version.string))
cat("item,level,before_n,before_mean,before_sd,after_n,after_mean,after_sd,difference,lower,upper,df\n")
for (items in dimensions) {
  before <- keyed(bfi[!is.na(bfi$gender) & bfi$gender == 1, ], items)
  after <- keyed(bfi[!is.na(bfi$gender) & bfi$gender == 2, ], items)
  for (item in items) {
    b <- before[[item]]
    a <- after[[item]]
    for (level in c(0.90, 0.95, 0.99)) {
      t <- t.test(a, b, var.equal = FALSE, conf.level = level)
      cat(sprintf("%s,%.2f,%d,%.17g,%.17g,%d,%.17g,%.17g,%.17g,%.17g,%.17g,%.17g\n",
                  item, level, length(b), mean(b), sd(b), length(a), mean(a), sd(a),
                  mean(a) - mean(b), t$conf.int[1], t$conf.int[2], t$parameter))
    }
  }
}
