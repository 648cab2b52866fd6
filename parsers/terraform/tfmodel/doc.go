// Package tfmodel is the vocabulary shared by the Terraform evaluator, the
// plan reader and the azurerm/azapi normaliser: one evaluated resource
// instance in Terraform's own terms (type, address, attribute values with
// their source ranges, unknown paths and references), before it is mapped
// onto the ARM vocabulary of the graph.
package tfmodel
