// Package yamltext maps between the line and column positions yaml.v3
// reports and byte offsets of the source, counting lines the way yaml.v3
// does (LF, CRLF, CR, NEL, LS, PS) and columns in code points. The
// Kubernetes parser and the .moat.yaml reader share it.
//
// Start with New and Text.Pos in text.go.
package yamltext
