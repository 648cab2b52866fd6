package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

// Exit codes.
const (
	exitOK       = 0
	exitFindings = 1
	exitError    = 2
)

// version is set at build time with -ldflags "-X main.version=…"; otherwise
// it comes from the module's build information.
var version = ""

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run dispatches a command line and returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "rules":
			return rulesCmd(args[1:], stdout, stderr)
		case "config":
			return configCmd(args[1:], stdout, stderr)
		case "version":
			fmt.Fprintf(stdout, "moat %s\n", toolVersion())
			return exitOK
		case "help":
			return scanCmd([]string{"--help"}, stdout, stderr)
		}
	}
	return scanCmd(args, stdout, stderr)
}

func toolVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return "dev"
}
