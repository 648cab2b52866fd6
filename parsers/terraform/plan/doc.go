// Package plan reads the JSON form of a Terraform plan, the output of
// terraform show -json <planfile> (format_version 1.x), into
// tfmodel.Resource values: one per planned resource instance, with the
// range in the plan file of every value and key.
//
// Start with Read in read.go. The rest, by concept:
//
//   - instances.go walks planned_values and prior_state module trees and
//     makes a Resource of each instance; values.go records the ranges of
//     its values;
//   - unknown.go turns resource_changes[].change.after_unknown into
//     unknown paths ("known after apply"): an unknown value is listed in
//     Unknown and never left as a null;
//   - config.go indexes the configuration tree and refs.go reads the
//     references of its expressions into Refs;
//   - address.go splits instance addresses and reference traversals;
//   - major.go reads the first major version a provider version
//     constraint allows.
//
// The JSON is read with internal/jsonpos, which keeps positions; the plan
// format is documented at
// https://developer.hashicorp.com/terraform/internals/json-format.
//
// Sensitive values (after_sensitive) are kept as the plan writes them:
// Terraform already writes them in the plan file, and the rules need them
// (a key in a tag, a connection string). No value of the plan ever goes
// into a diagnostic.
package plan
