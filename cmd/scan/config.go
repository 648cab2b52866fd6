package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/pflag"

	"github.com/moatscan/moat/config"
	"github.com/moatscan/moat/pipeline"
	"github.com/moatscan/moat/policies"
)

const configUsage = `Usage:
  scan config init [--force] [FILE]   write a commented starter configuration
                                      (default FILE: .moat.yaml; - for standard output)
`

func configCmd(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] != "init" {
		fmt.Fprint(stderr, configUsage)
		if len(args) > 0 && (args[0] == "--help" || args[0] == "-h") {
			return exitOK
		}
		return exitError
	}
	fs := pflag.NewFlagSet("config init", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	force := fs.Bool("force", false, "replace an existing file")
	fs.Usage = func() { fmt.Fprint(stderr, configUsage) }
	if err := fs.Parse(args[1:]); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return exitOK
		}
		return exitError
	}
	if fs.NArg() > 1 {
		fmt.Fprint(stderr, configUsage)
		return exitError
	}
	path := config.FileName
	if fs.NArg() == 1 {
		path = fs.Arg(0)
	}
	engine, err := policies.New(context.Background(), policies.Options{})
	if err != nil {
		fmt.Fprintf(stderr, "scan config init: %v\n", err)
		return exitError
	}
	data := config.Starter(pipeline.Catalog(engine))
	if path == "-" {
		_, err = stdout.Write(data)
	} else if _, statErr := os.Stat(path); statErr == nil && !*force {
		err = fmt.Errorf("%s exists; use --force to replace it", path)
	} else {
		err = writeFile(path, data)
	}
	if err != nil {
		fmt.Fprintf(stderr, "scan config init: %v\n", err)
		return exitError
	}
	if path != "-" {
		fmt.Fprintf(stderr, "wrote %s\n", path)
	}
	return exitOK
}
