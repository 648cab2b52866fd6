// Package corpus generates large, realistic trees for benchmarks, a fixed
// share of them non-compliant so that the rules have work to do:
// Kubernetes manifests (corpus.go: namespaces of AI services with
// ServiceAccounts, Deployments, CronJobs, Secrets, StorageClasses and
// claims), Terraform root modules (terraform.go), ARM templates (arm.go)
// and Bicep entry files with their modules and .bicepparam files
// (bicep.go). The output is a pure function of the counts, so runs are
// comparable. gencorpus writes them for make corpus.
package corpus
