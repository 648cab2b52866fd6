// Package aso reads Azure resources declared as Kubernetes objects through
// Azure Service Operator v2 (ASO): a ManagedCluster, a UserAssignedIdentity
// and its FederatedIdentityCredential, or the cluster Extension that
// installs Azure ML, written as custom resources beside the workloads that
// use them. Derive maps each such object onto an extra node under its ARM
// type with the ARM body (spec fields become properties, as ARM nests
// them), so the same rules hold whether the resource came from Terraform,
// Bicep, ARM or a GitOps repository; the object itself stays in the graph.
//
// Owner references become the catalog's links: an Extension's owner is the
// cluster it is installed on (L10), a credential's owner its identity (L14).
// Values ASO reads from Secrets or ConfigMaps at run time
// (configurationProtectedSettings, issuerFromConfig) are unknown.
//
// Start with Derive in aso.go.
package aso
