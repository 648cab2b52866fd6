// Package config reads .moat.yaml, the file where a repository tells moat
// about its environment. Today it carries the scan profile: which cluster
// the manifests deploy to, whether that cluster is meant to be network
// isolated, the environment (prod or dev), and the lists the catalog asks
// to keep configurable. Keys are checked strictly: an unknown or misspelt
// key is a diagnostic at its line, never silently ignored.
//
// Start with Load in config.go.
package config
