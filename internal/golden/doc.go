// Package golden renders graphs for the parsers' golden-file tests and
// compares them with the files on disk (rewriting them under -update).
// Ranges are written compactly as line:col-line:col @byte-byte, each value
// beside the range of its key, so that a diff shows which position moved.
package golden
