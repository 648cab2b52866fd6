// Package schema knows, per Azure resource type and apiVersion, which
// properties a resource body may write, their kinds and their enums, and
// compares ARM, Bicep and azapi bodies with it. A property the declared
// apiVersion lacks, or a value outside its enum, is dropped or rejected
// by Azure while the template looks right; the AZR-SCH rules report what
// Check finds.
//
// The data is the Azure resource type schemas of bicep-types-az (MIT,
// Microsoft), as copied for this project with its format described in
// azure-types/FORMAT.md. The command in gen reads it and writes
// index.json, which is committed and embedded: the resource types of the
// catalog's field dictionary (REQUIREMENTS.md §2), every apiVersion of
// each, and the shapes of their bodies, shared between properties and
// versions (a few thousand shapes for some 600 type versions). To refresh
// it, replace the data and run
//
//	go generate ./schema    (or: make schema SHARED=<folder holding azure-types>)
//
// CI regenerates the index when the data is present and fails on a diff.
//
// Start with check.go: Check walks a node's attributes along the shapes of
// its apiVersion (shape.go, lookup.go) and, for what the version lacks,
// looks at every other version of the type. index.go reads the embedded
// file once; lookups then search sorted slices without allocating.
// Names and enum values compare ignoring case, as ARM does; findings name
// properties in the schema's casing, and Canonicalize (rename.go) renames
// the keys a body writes in another case to that casing, so that the
// rules, which read exact names, see what ARM sees.
package schema

//go:generate go run ./gen -data ../../shared/azure-types -out index.json
