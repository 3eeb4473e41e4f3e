# Reference values of the Welch interval of a change between two waves (ChangeReferenceTest).
# Each pair of consecutive companies of lq2002 (multilevel's data, in the shared reference folder)
# stands for two waves of one organization: the earlier company's LEAD scores as the before wave,
# the next one's as the after wave. Writes each wave's n, mean and SD and R's
# t.test(after, before, var.equal = FALSE) at three levels, printed with %.17g.
# Run from this folder: Rscript welch-waves.R /work/shared/reference/lq2002.csv > welch-waves.csv
args <- commandArgs(trailingOnly = TRUE)
lq <- read.csv(if (length(args) > 0) args[1] else "../../../../../../../../../shared/reference/lq2002.csv")
companies <- sort(unique(lq$COMPID))[1:13]
cat(sprintf("# %s: t.test(after, before, var.equal = FALSE) on lq2002 LEAD, consecutive companies\n",
            R.version.string))
cat("before,after,level,before_n,before_mean,before_sd,after_n,after_mean,after_sd,difference,lower,upper,df\n")
for (i in seq_len(length(companies) - 1)) {
  b <- lq$LEAD[lq$COMPID == companies[i]]
  a <- lq$LEAD[lq$COMPID == companies[i + 1]]
  for (level in c(0.90, 0.95, 0.99)) {
    t <- t.test(a, b, var.equal = FALSE, conf.level = level)
    cat(sprintf("%d,%d,%.2f,%d,%.17g,%.17g,%d,%.17g,%.17g,%.17g,%.17g,%.17g,%.17g\n",
                companies[i], companies[i + 1], level, length(b), mean(b), sd(b), length(a), mean(a), sd(a),
                mean(a) - mean(b), t$conf.int[1], t$conf.int[2], t$parameter))
  }
}
