package graph

import (
	"fmt"
	"sort"
	"strings"
)

// Severity grades a Diagnostic.
type Severity int

// Severities, from most to least severe.
const (
	Error Severity = iota + 1
	Warning
	Note
)

// String returns the SARIF level name of s.
func (s Severity) String() string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	case Note:
		return "note"
	}
	return "none"
}

// MarshalText encodes s as its name.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Diagnostic reports a problem in the user's input (never a tool failure).
// Code is stable across releases and names the kind of problem; Summary is
// a short phrase, Detail a sentence that says how to fix it.
type Diagnostic struct {
	Severity Severity `json:"severity"`
	Code     string   `json:"code"`
	Summary  string   `json:"summary"`
	Detail   string   `json:"detail,omitempty"`
	Subject  Range    `json:"subject"`
}

// Error renders d as file:line:col: severity[code]: summary: detail.
func (d Diagnostic) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s[%s]: %s", d.Subject, d.Severity, d.Code, d.Summary)
	if d.Detail != "" {
		b.WriteString(": ")
		b.WriteString(d.Detail)
	}
	return b.String()
}

// Diagnostics is a list of diagnostics that piles up across a stage.
type Diagnostics []Diagnostic

// Errorf appends an error diagnostic and returns the grown list.
func (ds Diagnostics) Errorf(code string, subject Range, summary, detail string, args ...any) Diagnostics {
	return append(ds, Diagnostic{Severity: Error, Code: code, Summary: summary, Detail: fmt.Sprintf(detail, args...), Subject: subject})
}

// Warnf appends a warning diagnostic and returns the grown list.
func (ds Diagnostics) Warnf(code string, subject Range, summary, detail string, args ...any) Diagnostics {
	return append(ds, Diagnostic{Severity: Warning, Code: code, Summary: summary, Detail: fmt.Sprintf(detail, args...), Subject: subject})
}

// HasErrors reports whether any diagnostic is an error.
func (ds Diagnostics) HasErrors() bool {
	for _, d := range ds {
		if d.Severity == Error {
			return true
		}
	}
	return false
}

// FirstError describes the first error as file:line:col: summary, the
// reason a file failed; "" when there is none.
func (ds Diagnostics) FirstError() string {
	for _, d := range ds {
		if d.Severity == Error {
			return d.Subject.String() + ": " + d.Summary
		}
	}
	return ""
}

// Sort orders ds by file, position, code and summary, in place.
func (ds Diagnostics) Sort() {
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.Subject != b.Subject {
			return a.Subject.Less(b.Subject)
		}
		if a.Code != b.Code {
			return a.Code < b.Code
		}
		return a.Summary < b.Summary
	})
}

// Error joins the diagnostics, one a line, so Diagnostics can be returned
// where an error is expected.
func (ds Diagnostics) Error() string {
	lines := make([]string, len(ds))
	for i, d := range ds {
		lines[i] = d.Error()
	}
	return strings.Join(lines, "\n")
}
