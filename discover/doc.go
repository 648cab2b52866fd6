// Package discover turns the paths given to scan into the files moat reads,
// each classified by format and already read.
//
// Walk visits folders in name order, skipping .git, .terraform,
// node_modules, other dot-folders (.github is kept) and whatever matches
// Options.Excludes, unless the user named them. Files are read in parallel
// and returned sorted by Path, the slash path relative to Options.Root
// that ranges and reports use.
//
// A file is classified by its name first:
//
//	*.tf, *.tf.json                        Terraform
//	*.tfvars, *.tfvars.json                TerraformVars
//	*.bicep, *.bicepparam                  Bicep, BicepParams
//	kustomization.yaml|.yml, Kustomization Kustomization
//	*.pem, *.crt, *.cer, *.key             PEM
//	anything under a chart's templates/    Helm (not read; a note says to render it)
//
// then by the first 64 KiB of its content, without a full parse:
//
//	JSON with a deploymentTemplate $schema   ARM
//	JSON with a deploymentParameters $schema ARMParams
//	JSON with format_version and
//	  planned_values or resource_changes     TerraformPlan
//	YAML or JSON with top-level apiVersion
//	  and kind (in any document)             Kubernetes
//	any file starting with -----BEGIN        PEM
//
// Other files, including YAML and JSON that is not infrastructure (CI
// workflows, docker-compose files, package.json, a chart's values.yaml),
// are left out silently. Problems are graph.Diagnostics with the file as
// subject: unreadable files and folders, broken links, link loops, files
// above the size limit.
//
// Links to files and folders are followed once the tree they sit in has
// been walked, so a file reachable both ways keeps its real name and is
// returned once; a link back into its own folder path is reported, not
// followed.
//
// Start reading at Walk in discover.go, then walk.go and link.go for the
// traversal, read.go for reading, classify.go for classification by name;
// sniff.go and scan.go hold the content sniffers, exclude.go the exclude
// patterns.
package discover
