# Reference values of the relative importance of six predictors of an outcome: the LMG (Shapley)
# decomposition of R-squared (Lindeman, Merenda and Gold 1980), computed by fitting lm() on every
# one of the 2^6 subsets of predictors, and the standardized regression weights of the full model.
# Base R only. Reads drivers-data.csv (written by drivers-data.R), writes drivers-expected.csv.
# Run from this folder: Rscript drivers.R
d <- read.csv("drivers-data.csv")
d <- d[complete.cases(d), ]                      # listwise, as the library
predictors <- c("vision", "goals", "hiring", "training", "empowerment", "leadership")
p <- length(predictors)
r2 <- numeric(2^p)                               # r2[mask + 1]: bit j of mask = predictor j in the model
for (mask in 1:(2^p - 1)) {
  used <- predictors[bitwAnd(mask, 2^(0:(p - 1))) > 0]
  fit <- lm(reformulate(used, response = "outcome"), data = d)
  r2[mask + 1] <- summary(fit)$r.squared
}
shares <- numeric(p)
for (j in 0:(p - 1)) {
  for (mask in 0:(2^p - 1)) {
    if (bitwAnd(mask, 2^j) == 0) {
      s <- sum(bitwAnd(mask, 2^(0:(p - 1))) > 0)
      weight <- factorial(s) * factorial(p - s - 1) / factorial(p)
      shares[j + 1] <- shares[j + 1] + weight * (r2[mask + 1 + 2^j] - r2[mask + 1])
    }
  }
}
z <- as.data.frame(scale(d))
betas <- coef(lm(reformulate(predictors, response = "outcome"), data = z))[predictors]
fmt <- function(x) sprintf("%.17g", x)
lines <- c(paste0("# R ", getRversion(), ": lm() over all subsets of drivers-data.csv (complete rows), printed with %.17g"),
           "statistic,index,value",
           paste0("n,0,", nrow(d)),
           paste0("r.squared,", 0:(2^p - 1), ",", fmt(r2)),
           paste0("lmg,", 0:(p - 1), ",", fmt(shares)),
           paste0("beta,", 0:(p - 1), ",", fmt(betas)))
writeLines(lines, "drivers-expected.csv")
