// Command scan is moat's command-line interface: it scans files and
// folders and reports findings as text, JSON or SARIF, and it lists and
// explains the rules.
//
//	scan [flags] [PATH...]          scan files or folders (default ".")
//	scan rules list | explain ID | docs --out DIR
//	scan version
//
// Exit codes: 0 nothing at or above the severity threshold, 1 findings at
// or above it (or input that could not be parsed), 2 usage or tool error.
// main.go dispatches; scan.go is the scan itself; rules.go the rule
// commands. Only this package decides exit codes.
package main
