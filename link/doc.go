// Package link computes the edges between nodes that no single file
// declares: a workload and the ServiceAccount it runs as (catalog link
// L16), a federated credential's subject and that ServiceAccount (L14), an
// Azure ML extension's sslSecret and the Secret in namespace azureml
// (L11), a workload and the Azure OpenAI account its environment points at
// (L20, heuristic), a claim and its StorageClass, a workload and the
// Secrets and ConfigMaps it reads. It also decides which cluster the
// scan's Kubernetes manifests deploy to.
//
// Links work on the graph's shared vocabulary (ARM types and paths,
// Kubernetes kinds), so they hold whichever format declared each side.
// Start with Resolve in link.go.
package link
