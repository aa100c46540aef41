"""The flows that ship with backchat. Data only: this folder is installed as the package
``backchat.flows`` so that editable and wheel installs find the flows the same way."""
