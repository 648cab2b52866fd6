%{ for name in names ~}
Hello, ${upper(name)}!
%{ endfor ~}
Total: ${length(names)}
