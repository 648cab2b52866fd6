// Package terraform evaluates Terraform configurations the way terraform
// plan would, statically and offline, and maps their resources onto the
// graph's ARM vocabulary.
//
// Start with Parse (parse.go): it groups the walk's files into module
// folders, picks the root modules (folders no other scanned module calls),
// and evaluates each root in parallel. An evaluation (run.go, eval.go) is a
// tree of module instances: each instance orders its declarations by the
// references between them (deps.go), as Terraform walks its graph, and
// evaluates variables (vars.go: defaults, terraform.tfvars, *.auto.tfvars,
// --var-file, --var), locals, resources and data sources with count and
// for_each (expand.go), dynamic blocks (body.go), module calls with their
// own count and for_each (calls.go: local sources, and remote ones that
// terraform init recorded in .terraform/modules/modules.json) and outputs.
//
// HCL and go-cty do the parsing and the expression language; the
// functions come from parsers/terraform/funcs. What cannot be known
// statically (a variable without a value, a data source, an attribute the
// provider computes, a module moat cannot read) is an unknown cty value
// and ends in tfmodel.Resource.Unknown, never null or false.
//
// References between resources are cty marks (value.go, refvalue.go):
// each leaf of a resource's value carries the instance address and the
// leaf's path, and the marks travel through locals, functions and module
// boundaries. Where a mark reaches an attribute of another resource, the
// resource gets a tfmodel.Ref, which the normaliser
// (parsers/terraform/azurerm) turns into an edge. Plan files
// (parsers/terraform/plan) replace the configuration's values for the
// same addresses and keep the .tf ranges.
//
// Bounds: module calls 32 levels deep, 10,000 instances of one block,
// 1,000,000 instances per root module, nesting followed 64 levels deep;
// beyond them a terraform-limit diagnostic says what was left out.
package terraform
