package finding

import "fmt"

// Level is a finding's severity, named as SARIF names it.
type Level string

// The levels, from most to least severe.
const (
	Error   Level = "error"
	Warning Level = "warning"
	Note    Level = "note"
)

// Rank orders levels: error 3, warning 2, note 1, anything else 0.
func (l Level) Rank() int {
	switch l {
	case Error:
		return 3
	case Warning:
		return 2
	case Note:
		return 1
	}
	return 0
}

// ParseLevel reads a level name.
func ParseLevel(s string) (Level, error) {
	switch l := Level(s); l {
	case Error, Warning, Note:
		return l, nil
	}
	return "", fmt.Errorf("unknown level %q (want error, warning or note)", s)
}

// SecuritySeverity is the CVSS-like score GitHub code scanning reads from
// properties.security-severity: error is high, warning medium, note low.
func (l Level) SecuritySeverity() string {
	switch l {
	case Error:
		return "8.0"
	case Warning:
		return "5.0"
	}
	return "2.0"
}
