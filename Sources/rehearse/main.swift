import RehearseApp

RehearseCommand.main()
